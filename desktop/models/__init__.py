"""Item models of the side panel (turns and their stages), apart from the views that paint them."""
