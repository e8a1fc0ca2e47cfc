"""A real two-node Ray cluster on this machine (a head and a second node, each its own raylet process, as
Ray's own tests build them with ray.cluster_utils.Cluster), photos and results in an S3 bucket (moto's
server on loopback), and `localstyle batch --ray ADDRESS` run as a user runs it, in its own process.

Each record names the node that made it; the items are spread over both nodes; the second node is killed
mid-run and its item is redone on the head; nothing is lost and every image is the sequential run's, bit
for bit. Every process the test starts is stopped in a `finally`."""

import json
import os
import subprocess
import sys
import time

import pytest

from localstyle.batch import run_batch

from conftest import TINY_SETTINGS, write_small_photos
from test_batch_cloud import S3Server, cli_args

pytest.importorskip("s3fs")
pytest.importorskip("moto.server")
pytestmark = pytest.mark.cluster

NODE_MEMORY = {"object_store_memory": 80 * 1024 * 1024}
BOXES = {"astronaut.png": [40, 50, 90, 90], "cat.png": [30, 15, 90, 60]}
LINES = [{"id": f"{photo[:3]}-{seed}", "image": f"photos/{photo}", "instruction": "cubism", "box": box,
          "seed": seed} for seed in range(5) for photo, box in BOXES.items()]


@pytest.fixture(scope="module")
def cluster():
    from ray.cluster_utils import Cluster

    # Fast failure detection, so that the lost node's actors are known dead in seconds.
    config = {"health_check_period_ms": 500, "health_check_failure_threshold": 4, "health_check_timeout_ms": 500}
    head = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False,
                                                          "_system_config": config, **NODE_MEMORY})
    try:
        second = head.add_node(num_cpus=1, **NODE_MEMORY)
        head.wait_for_nodes()
        yield head, second
    finally:
        head.shutdown()


@pytest.fixture(scope="module")
def bucket(tmp_path_factory):
    import s3fs

    folder = tmp_path_factory.mktemp("cluster-photos")
    write_small_photos(folder)
    (folder / "batch.jsonl").write_text("".join(json.dumps(line) + "\n" for line in LINES))
    server = S3Server()
    try:
        fs = s3fs.S3FileSystem(key="AKIACLUSTER", secret="cluster-secret", endpoint_url=server.endpoint,
                               use_listings_cache=False)
        fs.mkdir("cluster")
        fs.put(str(folder) + "/", "cluster/in/", recursive=True)
        yield {"server": server, "fs": fs, "folder": folder}
    finally:
        server.stop()


def run_and_kill_the_second_node(head, second, bucket, out: str, tiny_models) -> tuple[int | None, str, int]:
    """`localstyle batch --ray ADDRESS` in its own process; once the second node has finished an item (and
    items remain), that node is killed. Returns (records seen at the kill, stderr, exit status)."""
    fs = bucket["fs"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "HF_HUB_OFFLINE": "1",
           "AWS_ENDPOINT_URL": bucket["server"].endpoint, "AWS_ACCESS_KEY_ID": "AKIACLUSTER",
           "AWS_SECRET_ACCESS_KEY": "cluster-secret", "AWS_DEFAULT_REGION": "us-east-1",
           "LOCALSTYLE_RAY_PLACEMENT_S": "5"}
    command = [sys.executable, "-m", "localstyle.cli",
               *cli_args("s3://cluster/in/batch.jsonl", f"s3://{out}", tiny_models, "--ray", head.address)]
    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed_at = None
    try:
        deadline = time.monotonic() + 150
        while killed_at is None and run.poll() is None and time.monotonic() < deadline:
            records = fs.find(f"{out}/records") if fs.exists(f"{out}/records") else []
            nodes = {json.loads(fs.cat_file(r))["node"] for r in records}
            if second.node_id in nodes:  # the second node has done an item and holds the next: kill it
                head.remove_node(second, allow_graceful=False)
                killed_at = len(records)
            time.sleep(0.3)
        _, stderr = run.communicate(timeout=150)
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    return killed_at, stderr, run.returncode


def test_batch_on_a_two_node_cluster_survives_losing_a_node(cluster, bucket, tiny_models, tmp_path):
    head, second = cluster
    fs = bucket["fs"]
    reference = tmp_path / "sequential"
    run_batch(bucket["folder"] / "batch.jsonl", reference, models=tiny_models, device="cpu", steps=1,
              settings=dict(TINY_SETTINGS), segment_box=False, quiet=True)
    head_node = head.head_node.node_id
    # The kill may land between two of the second node's items (nothing in flight, so nothing to redo):
    # then the scenario runs again, into a new folder, with a new second node.
    for attempt in range(3):
        if attempt:
            second = head.add_node(num_cpus=1, **NODE_MEMORY)
            head.wait_for_nodes()
        out = f"cluster/out{attempt}"
        killed_at, stderr, status = run_and_kill_the_second_node(head, second, bucket, out, tiny_models)
        assert killed_at is not None and killed_at < len(LINES), stderr
        assert status == 0, stderr
        fs.invalidate_cache()
        records = {line["id"]: json.loads(fs.cat_file(f"{out}/records/{line['id']}.json")) for line in LINES}
        retried = [r for r in records.values() if r["attempts"] > 1]
        if retried:
            break
    summary = json.loads(fs.cat_file(f"{out}/summary.json"))
    assert summary["done"] == [line["id"] for line in LINES] and summary["failed"] == []
    assert {r["node"] for r in records.values()} == {head_node, second.node_id}  # spread over both nodes
    assert retried and all(r["node"] == head_node for r in retried)  # the lost node's item, redone on the head
    for line in LINES:
        name = f"images/{line['id']}.png"
        assert fs.cat_file(f"{out}/{name}") == (reference / name).read_bytes(), name
