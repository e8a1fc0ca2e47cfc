"""Local by default: Host and Origin checks, and the no-login warning of `--host 0.0.0.0`."""

import os
import signal
import subprocess
import sys

import pytest
from serve_helpers import assert_error


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "192.168.1.20", "localhost.evil.example"])
def test_a_foreign_host_header_is_refused_dns_rebinding(client, host):
    assert_error(client.get("/", headers={"Host": host}), 403, "is not this server")
    assert_error(client.get("/api/jobs/x", headers={"Host": host}), 403, "DNS rebinding")


def test_local_host_names_are_accepted(client, server):
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", "localhost"):
        assert client.get("/", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("headers", [{"Origin": "http://evil.example"}, {"Origin": "null"},
                                     {"Origin": "http://127.0.0.1:1"}, {"Sec-Fetch-Site": "cross-site"}])
def test_cross_site_state_changes_are_refused(client, cat_bytes, headers):
    answer = client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)},
                         data={"instruction": "cubism", "box": "1,1,50,50", "dry_run": "1"}, headers=headers)
    assert_error(answer, 403, "cross-site request refused")
    assert_error(client.delete("/api/jobs/x", headers=headers), 403, "cross-site")
    assert client.get("/api/jobs/x", headers=headers).status_code == 404  # reads are not state changes


def test_the_same_host_and_port_with_another_scheme_is_another_origin(client, server):
    assert server.url.startswith("http://")
    other_scheme = server.url.replace("http://", "https://", 1)
    assert_error(client.delete("/api/history/0123456789abcdef/0123456789ab", headers={"Origin": other_scheme}), 403,
                 f"Origin '{other_scheme}' is not this server ({server.url})")
    # the same request from the page's own origin reaches the route (which knows no such run)
    assert_error(client.delete("/api/history/0123456789abcdef/0123456789ab", headers={"Origin": server.url}), 404,
                 "no run")


def test_same_origin_posts_are_accepted(client, server, cat_bytes):
    answer = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)},
                         headers={"Origin": server.url, "Sec-Fetch-Site": "same-origin"})
    assert answer.status_code == 201


def test_every_interface_warns_there_is_no_login(tiny_models):
    command = [sys.executable, "-m", "localstyle.cli", "serve", "--host", "0.0.0.0", "--port", "0",
               "--models", str(tiny_models), "--device", "cpu"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        first, second = process.stderr.readline(), process.stderr.readline()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert first.startswith("warning: listening on every interface (0.0.0.0)") and "there is no login" in first
    assert second.startswith("localstyle: open http://127.0.0.1:")
