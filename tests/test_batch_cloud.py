"""`localstyle batch` with photos, manifest and results in an S3 bucket, against moto's standalone S3 server
on loopback (a real HTTP S3 endpoint; s3fs talks to it as to AWS): the same bits as a local run, here and
on Ray, resume after a killed run, secrets never written or shown, bad input as one `error:` line, and a
store that goes away mid-run failing only the item in flight."""

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from localstyle import storage
from localstyle.batch import run_batch
from localstyle.cli import main as cli_main
from localstyle.raypool import PoolOptions

from conftest import TINY_SETTINGS, write_small_photos

pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

SECRET = "S3cr3t-given-in-storage-options"
ENV_SECRET = "An0ther-s3cret-in-the-environment"
ASTRO_BOX = [40, 50, 90, 90]  # of the 96 x 96 astronaut
CAT_BOX = [30, 15, 90, 60]  # of the 120 x 80 cat
LINES = [
    {"id": "astro", "image": "photos/astronaut.png", "instruction": "cubism", "box": ASTRO_BOX},
    {"id": "astro-7", "image": "photos/astronaut.png", "instruction": "cubism", "box": ASTRO_BOX, "seed": 7},
    {"id": "cat", "image": "photos/cat.png", "instruction": "watercolor", "mask": "photos/cat-mask.png",
     "steps": 2},
    {"id": "far", "image": "photos/cat.png", "instruction": "cubism", "box": [200, 200, 300, 300]},  # fails
    {"id": "gone", "image": "photos/missing.png", "instruction": "cubism"},  # broken: not in the listing
]
DONE = ["astro", "astro-7", "cat"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class S3Server:
    """moto's S3 server in this process, on a free loopback port; stop() and start() keep its buckets."""

    def __init__(self):
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.server = None
        self.start()

    def start(self):
        self.server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()

    def stop(self):
        self.server.stop()


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    import s3fs

    server = S3Server()
    # Retries off in the client: a test of "unreachable" must not wait for botocore's backoff.
    options = {"key": "AKIALOCALSTYLETEST", "secret": SECRET, "endpoint_url": server.endpoint,
               "config_kwargs": {"retries": {"max_attempts": 1}}}
    fs = s3fs.S3FileSystem(**options)
    fs.mkdir("inputs")
    fs.mkdir("results")
    yield {"server": server, "fs": fs, "options": options}
    server.stop()


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    """The manifest's folder: photos/astronaut.png, photos/cat.png, photos/cat-mask.png, batch.jsonl."""
    import numpy as np

    folder = tmp_path_factory.mktemp("cloud-photos")
    write_small_photos(folder)
    mask = np.zeros((80, 120), np.uint8)
    mask[20:60, 30:80] = 255
    Image.fromarray(mask).save(folder / "photos/cat-mask.png")
    (folder / "batch.jsonl").write_text("".join(json.dumps(line) + "\n" for line in LINES))
    return folder


@pytest.fixture(scope="module")
def uploaded(s3, photos):
    s3["fs"].put(str(photos) + "/", "inputs/set/", recursive=True)
    return "s3://inputs/set/batch.jsonl"


def batch(manifest, out, tiny_models, **options):
    return run_batch(manifest, out, models=tiny_models, device="cpu", steps=1, settings=dict(TINY_SETTINGS),
                     segment_box=False, quiet=True, **options)


@pytest.fixture(scope="module")
def local_run(photos, tiny_models, tmp_path_factory):
    out = tmp_path_factory.mktemp("cloud-local")
    return {"out": out, "summary": batch(photos / "batch.jsonl", out, tiny_models)}


@pytest.fixture(scope="module")
def s3_run(s3, uploaded, tiny_models, local_run):
    summary = batch(uploaded, "s3://results/seq", tiny_models, storage_options=s3["options"])
    return {"summary": summary, "out": "results/seq"}


def objects(fs, folder: str) -> dict:
    fs.invalidate_cache()
    return {path[len(folder) + 1:]: fs.cat_file(path) for path in fs.find(folder)}


def test_a_bucket_run_gives_the_local_runs_bits_and_report(s3, s3_run, local_run):
    summary, local = s3_run["summary"], local_run["summary"]
    assert summary["done"] == local["done"] == DONE
    assert [f["id"] for f in summary["failed"]] == ["far"] and summary["failed"] == local["failed"]
    assert [b["line"] for b in summary["broken_lines"]] == [5]
    assert summary["broken_lines"][0]["reason"] == "image not found: s3://inputs/set/photos/missing.png"
    stored = objects(s3["fs"], s3_run["out"])
    assert sorted(stored) == ["images/astro-7.png", "images/astro.png", "images/cat.png", "records/astro-7.json",
                              "records/astro.json", "records/cat.json", "records/far.json", "summary.json"]
    for name in DONE:
        assert stored[f"images/{name}.png"] == (local_run["out"] / "images" / f"{name}.png").read_bytes(), name
    record = json.loads(stored["records/cat.json"])
    assert record["status"] == "ok" and record["output"] == "images/cat.png" and record["node"] is None
    # The mask was read from the bucket, relative to the manifest's URL, and its region kept the outside.
    assert record["request"]["mask"] == ["s3://inputs/set/photos/cat-mask.png"]
    assert json.loads(stored["summary.json"]) == summary


def test_rerun_against_the_bucket_skips_what_is_done(s3, s3_run, uploaded, tiny_models):
    before = {p: s3["fs"].info(p)["LastModified"] for p in s3["fs"].find("results/seq/images")}
    summary = batch(uploaded, "s3://results/seq", tiny_models, storage_options=s3["options"])
    assert summary["already_done"] == DONE and summary["done"] == [] and [f["id"] for f in summary["failed"]] == ["far"]
    s3["fs"].invalidate_cache()
    assert {p: s3["fs"].info(p)["LastModified"] for p in s3["fs"].find("results/seq/images")} == before


def test_on_ray_the_bucket_run_gives_the_same_bits(ray_local, s3, uploaded, tiny_models, local_run):
    summary = batch(uploaded, "s3://results/ray", tiny_models, storage_options=s3["options"],
                    pool=PoolOptions(ray="local", workers=2))
    assert summary["done"] == DONE and [f["id"] for f in summary["failed"]] == ["far"]
    stored = objects(s3["fs"], "results/ray")
    for name in DONE:
        assert stored[f"images/{name}.png"] == (local_run["out"] / "images" / f"{name}.png").read_bytes(), name
    node = ray_local.get_runtime_context().get_node_id()
    records = [json.loads(stored[f"records/{name}.json"]) for name in DONE]
    assert {r["node"] for r in records} == {node} and len({r["worker"] for r in records}) == 2
    assert not any(SECRET.encode() in data for data in stored.values())  # the options went to the workers only


def cli_env(s3) -> dict:
    """A user's environment: the endpoint and a key pair the usual AWS way (the secret a decoy: the
    storage options' secret is the one used)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "HF_HUB_OFFLINE": "1",
            "AWS_ENDPOINT_URL": s3["server"].endpoint, "AWS_ACCESS_KEY_ID": "AKIALOCALSTYLETEST",
            "AWS_SECRET_ACCESS_KEY": ENV_SECRET, "AWS_DEFAULT_REGION": "us-east-1"}


def cli_args(manifest, out, tiny_models, *extra) -> list[str]:
    return ["batch", manifest, "-o", out, "--models", str(tiny_models), "--device", "cpu", "--steps", "1",
            "--no-segment", *[f"--set={k}={v}" for k, v in TINY_SETTINGS.items()], *extra]


def test_a_killed_cli_run_resumes_and_no_record_claims_a_missing_image_and_no_secret_leaks(
        s3, uploaded, tiny_models, local_run, tmp_path):
    """The CLI as a user runs it, SIGKILLed as soon as its first record is in the bucket; then rerun."""
    fs, out = s3["fs"], "results/killed"
    options = json.dumps({"secret": SECRET, "key": "AKIALOCALSTYLETEST"})
    command = [sys.executable, "-m", "localstyle.cli",
               *cli_args(uploaded, f"s3://{out}", tiny_models, "--storage-options", options)]
    first = subprocess.Popen(command, env=cli_env(s3), stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and first.poll() is None:
            fs.invalidate_cache()
            if fs.exists(f"{out}/records") and fs.ls(f"{out}/records"):
                break
            time.sleep(0.2)
        first.send_signal(signal.SIGKILL)
    finally:
        first.wait(30)
        killed_err = first.stderr.read()
    stored = objects(fs, out)
    records = {name for name in stored if name.startswith("records/")}
    assert records and "summary.json" not in stored  # killed mid-run
    for name in records:  # every record that says ok has its whole image
        record = json.loads(stored[name])
        if record["status"] == "ok":
            assert stored[record["output"]] == (local_run["out"] / record["output"]).read_bytes()
    second = subprocess.run(command, env=cli_env(s3), capture_output=True, text=True, timeout=300)
    assert second.returncode == 2  # "far" fails, as in every run
    fs.invalidate_cache()
    summary = json.loads(fs.cat_file(f"{out}/summary.json"))
    assert set(summary["already_done"]) | set(summary["done"]) == set(DONE)
    assert summary["already_done"] and set(summary["already_done"]) <= {n[8:-5] for n in records}
    stored = objects(fs, out)
    for name in DONE:
        assert stored[f"images/{name}.png"] == (local_run["out"] / "images" / f"{name}.png").read_bytes()
    assert second.stderr.strip().splitlines()[-1].startswith("error: 1 item(s) failed and 1 manifest line(s)")
    for text in [killed_err, second.stderr, second.stdout, *[v.decode("latin-1") for v in stored.values()]]:
        assert SECRET not in text and ENV_SECRET not in text


def error_lines(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


@pytest.mark.parametrize("manifest, out, expected", [
    ("s3://no-such-bucket/batch.jsonl", "s3://results/x",
     "error: cannot read s3://no-such-bucket/batch.jsonl: bucket does not exist; check the bucket and key"),
    ("s3://inputs/set/nothing.jsonl", "s3://results/x", "error: manifest not found: s3://inputs/set/nothing.jsonl"),
    ("s3://inputs/set/batch.jsonl", "s3://no-such-bucket/out",
     "error: cannot write to s3://no-such-bucket/out: bucket does not exist; check the bucket and key"),
])
def test_a_missing_bucket_or_key_is_one_error_line(s3, uploaded, tiny_models, capsys, manifest, out, expected):
    options = json.dumps(s3["options"])
    assert cli_main(cli_args(manifest, out, tiny_models, "--storage-options", options)) == 2
    lines = error_lines(capsys)
    assert lines == [expected]


def test_an_unreachable_endpoint_is_one_error_line_without_the_secret(uploaded, tiny_models, capsys):
    options = json.dumps({"key": "AKIALOCALSTYLETEST", "secret": SECRET, "endpoint_url":
                          f"http://127.0.0.1:{free_port()}", "config_kwargs": {"retries": {"max_attempts": 1}}})
    assert cli_main(cli_args(uploaded, "s3://results/x", tiny_models, "--storage-options", options)) == 2
    lines = error_lines(capsys)
    assert len(lines) == 1 and lines[0].startswith("error: cannot read s3://inputs/set/batch.jsonl: the store is "
                                                   "unreachable (Could not connect to the endpoint URL")
    assert "check the endpoint (AWS_ENDPOINT_URL or --storage-options)" in lines[0] and SECRET not in lines[0]


@pytest.mark.parametrize("url, package", [("gs://bucket/batch.jsonl", "gcsfs"), ("az://box/batch.jsonl", "adlfs")])
def test_a_missing_backend_names_what_to_install(tiny_models, tmp_path, capsys, url, package):
    try:
        __import__(package)
        pytest.skip(f"{package} is installed here")
    except ImportError:
        pass
    assert cli_main(cli_args(url, str(tmp_path / "out"), tiny_models)) == 2
    scheme = url.split(":")[0]
    assert error_lines(capsys) == [f"error: {url}: {scheme}:// needs {package}: pip install 'localstyle[cloud]'"]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("text, expected", [
    ("{nope", "error: --storage-options must be a JSON object: Expecting property name"),
    ("[1]", "error: --storage-options must be a JSON object, e.g."),
])
def test_bad_storage_options_are_one_error_line(tiny_models, tmp_path, capsys, text, expected):
    assert cli_main(cli_args("s3://inputs/set/batch.jsonl", str(tmp_path / "o"), tiny_models,
                             "--storage-options", text)) == 2
    lines = error_lines(capsys)
    assert len(lines) == 1 and lines[0].startswith(expected)


def test_a_store_gone_mid_run_fails_the_item_in_flight_not_the_run(s3, uploaded, tiny_models, local_run,
                                                                     monkeypatch):
    """The server stops when the second item is handed out and comes back when that item has failed:
    its reads are retried, then it fails alone; the third item and the summary go through."""
    monkeypatch.setattr(storage, "RETRY_DELAYS", (0.1, 0.1))
    server, events = s3["server"], []

    def outage(event):
        events.append(event)
        if event["event"] == "submit" and event["task"] == 1:
            server.stop()
        if event["event"] == "item" and event["id"] == "astro-7":
            server.start()

    try:
        summary = batch(uploaded, "s3://results/outage", tiny_models, storage_options=s3["options"],
                        progress=outage)
    finally:
        if not any(e["event"] == "item" and e["id"] == "astro-7" for e in events):
            server.start()
    assert summary["done"] == ["astro", "cat"]
    failed = {f["id"]: f["reason"] for f in summary["failed"]}
    assert sorted(failed) == ["astro-7", "far"] and "the store is unreachable" in failed["astro-7"]
    stored = objects(s3["fs"], "results/outage")
    assert "records/astro-7.json" not in stored and "images/astro-7.png" not in stored
    assert stored["images/cat.png"] == (local_run["out"] / "images" / "cat.png").read_bytes()
    again = batch(uploaded, "s3://results/outage", tiny_models, storage_options=s3["options"])
    assert again["already_done"] == ["astro", "cat"] and again["done"] == ["astro-7"]


def test_storage_resolves_manifest_paths_and_redacts(monkeypatch):
    assert storage.resolve("s3://b/set", "photos/a.png") == "s3://b/set/photos/a.png"
    assert storage.resolve("s3://b/set", "../other/a.png") == "s3://b/other/a.png"
    assert storage.resolve("s3://b/set", "/top/a.png") == "s3://b/top/a.png"
    assert storage.resolve("s3://b/set", "gs://c/a.png") == "gs://c/a.png"
    assert storage.resolve("/data/set", "https://example.org/a.png") == "https://example.org/a.png"
    assert storage.resolve(Path("/data/set"), "a.png") == Path("/data/set/a.png")
    assert not storage.is_url("C:/photos/a.png") and storage.is_url("file:///tmp/a.png")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", ENV_SECRET)
    storage.configure({"secret": SECRET, "endpoint_url": "http://minio:9000"})
    try:
        text = storage.redact(f"bad {SECRET} and {ENV_SECRET} at http://minio:9000")
        assert text == "bad *** and *** at http://minio:9000"
        assert storage.display("s3://user:pw@bucket/key") == "s3://bucket/key"
        assert storage.options_for("s3") == {"secret": SECRET, "endpoint_url": "http://minio:9000"}
        storage.configure('{"s3": {"secret": "one-secret"}, "hf": {"token": "two-secret"}}')
        assert storage.options_for("s3") == {"secret": "one-secret"} and storage.options_for("gs") == {}
        assert storage.redact("one-secret two-secret") == "*** ***"
    finally:
        storage.configure(None)


def test_models_from_the_bucket_give_the_same_bits(s3, uploaded, tiny_models, local_run, tmp_path, monkeypatch):
    """--models s3://.../models.toml whose roles are folders beside it: each is copied once to the cache."""
    monkeypatch.setenv("LOCALSTYLE_CACHE", str(tmp_path / "cache"))
    s3["fs"].put(str(Path(tiny_models).parent) + "/", "inputs/models/", recursive=True)
    lines = "".join(json.dumps(line) + "\n" for line in LINES[:1])
    s3["fs"].pipe_file("inputs/set/one.jsonl", lines.encode())
    summary = run_batch("s3://inputs/set/one.jsonl", "s3://results/models", models="s3://inputs/models/models.toml",
                        device="cpu", steps=1, settings=dict(TINY_SETTINGS), segment_box=False, quiet=True,
                        storage_options=s3["options"])
    assert summary["done"] == ["astro"]
    assert s3["fs"].cat_file("results/models/images/astro.png") == (local_run["out"] / "images/astro.png").read_bytes()
    record = json.loads(s3["fs"].cat_file("results/models/records/astro.json"))
    assert record["request"]["models"]["clip"] == "s3://inputs/models/clip"
    copies = sorted((tmp_path / "cache" / "remote").iterdir())
    assert len(copies) == 2 and {p.name for c in copies for p in c.iterdir()} >= {"config.json"}  # clip and vgg


def test_make_data_reads_a_photo_from_the_bucket_and_writes_its_record_there(s3, uploaded, photos, tiny_models,
                                                                           tmp_path):
    common = ["regionroute", "make-data", "--style", "pixel-art", "--object", "cat", "--size", "32", "--steps", "1",
              "--models", str(tiny_models), "--device", "cpu", *[f"--set={k}={v}" for k, v in TINY_SETTINGS.items()],
              "--mask"]
    assert cli_main([*common, str(photos / "photos/cat-mask.png"), str(photos / "photos/cat.png"),
                     "-o", str(tmp_path / "here")]) == 0
    assert cli_main([*common, "s3://inputs/set/photos/cat-mask.png", "s3://inputs/set/photos/cat.png",
                     "-o", "s3://results/make-data", "--storage-options", json.dumps(s3["options"])]) == 0
    here = (tmp_path / "here" / "data.jsonl").read_text()
    assert s3["fs"].cat_file("results/make-data/data.jsonl").decode() == here
    for field in ("context", "target", "mask"):
        name = json.loads(here)[field]
        assert s3["fs"].cat_file(f"results/make-data/{name}") == (tmp_path / "here" / name).read_bytes()


def test_eval_reads_its_manifest_and_photos_from_the_bucket(s3, uploaded, tiny_models, tmp_path, capsys):
    from localstyle.evaluation.evaluate import evaluate

    cat = {k: v for k, v in LINES[2].items() if k != "steps"}  # the cat and its mask (eval has no per-line steps)
    lines = json.dumps(cat) + "\n"
    s3["fs"].pipe_file("inputs/set/eval.jsonl", lines.encode())
    storage.configure(s3["options"])
    try:
        summary = evaluate("s3://inputs/set/eval.jsonl", "least", tmp_path / "eval", models=tiny_models,
                           device="cpu", steps=1, settings=dict(TINY_SETTINGS), segment_box=False, quiet=True)
    finally:
        storage.configure(None)
    assert summary["manifest"] == "s3://inputs/set/eval.jsonl" and summary["results"]["least"]["ok"] == 1
    assert (tmp_path / "eval" / "images" / "cat__least.png").is_file()


def test_eval_writes_its_results_to_a_bucket_and_resumes_from_it(s3, uploaded, tiny_models, tmp_path, capsys):
    """-o at a URL: the results are written through a local mirror, synced whole-file after each item; a
    rerun fetches them and has nothing left to do; the bucket holds what a local -o folder holds."""
    cat = {k: v for k, v in LINES[2].items() if k != "steps"}
    s3["fs"].pipe_file("inputs/set/eval2.jsonl", (json.dumps(cat) + "\n").encode())
    common = ["--models", str(tiny_models), "--device", "cpu", "--steps", "1", "--no-segment", "--quiet",
              "--storage-options", json.dumps(s3["options"])] + [f"--set={k}={v}" for k, v in TINY_SETTINGS.items()]
    assert cli_main(["eval", "s3://inputs/set/eval2.jsonl", "-o", "s3://results/eval", *common]) == 0
    assert cli_main(["eval", "s3://inputs/set/eval2.jsonl", "-o", str(tmp_path / "local"), *common]) == 0
    stored = objects(s3["fs"], "results/eval")
    local = {p.relative_to(tmp_path / "local").as_posix() for p in (tmp_path / "local").rglob("*") if p.is_file()}
    assert set(stored) == local
    assert stored["images/cat__least.png"] == (tmp_path / "local" / "images" / "cat__least.png").read_bytes()
    rows = stored["results.csv"].decode().splitlines()
    assert len(rows) == 2 and ",ok," in rows[1]
    assert cli_main(["eval", "s3://inputs/set/eval2.jsonl", "-o", "s3://results/eval", *common]) == 0
    assert objects(s3["fs"], "results/eval")["results.csv"] == stored["results.csv"]  # resumed: nothing redone
    assert cli_main(["eval", "s3://inputs/set/eval2.jsonl", "-o", "s3://results/eval", "--ray", *common]) == 2
    assert "eval --ray with -o at a URL" in capsys.readouterr().err


def test_no_credentials_is_one_error_line_saying_where_they_come_from(s3, uploaded, tiny_models, tmp_path, capsys,
                                                                      monkeypatch):
    for name in [k for k in os.environ if k.startswith("AWS_")]:
        monkeypatch.delenv(name)
    for name, value in {"AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
                        "AWS_CONFIG_FILE": str(tmp_path / "none"), "AWS_EC2_METADATA_DISABLED": "true"}.items():
        monkeypatch.setenv(name, value)
    assert cli_main(["eval", "s3://inputs/set/eval.jsonl", "-o", str(tmp_path / "e"), "--models", str(tiny_models),
                     "--storage-options", '{"endpoint_url": "%s"}' % s3["server"].endpoint]) == 2
    assert error_lines(capsys) == [
        "error: cannot read s3://inputs/set/eval.jsonl: no credentials found (Unable to locate credentials); set the "
        "provider's usual variables (e.g. AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) or --storage-options, or use "
        "anonymous access with --storage-options '{\"anon\": true}'"]
