"""Development tools that ship with the app: the benchmarks behind `officina bench`, the agent test
harness, the scripted OpenAI-compatible server they drive, the loopback WordPress site and the
screenshot tool.

Benches may import the product packages (desktop, engine, wp_api, models); those never import benches.
"""
