"""Cancel (queued and running), the queue limit (429) and the time limit, on a real server."""

import gc
import time
import warnings

from serve_helpers import assert_error, wait

from localstyle.least.optimise import MaskedStyleOptimizer
from localstyle.serve.app import make_server
from localstyle.serve.limits import Limits

LONG = {"instruction": "cubism", "box": "60,40,260,220", "no_segment": "1", "steps": "100"}


def post(client, cat_bytes, **fields):
    return client.post("/api/jobs", files={"image": ("cat.png", cat_bytes)}, data={**LONG, **fields})


def test_running_job_stops_within_one_step_and_frees_its_optimiser(client, cat_bytes):
    job_id = post(client, cat_bytes).json()["id"]
    deadline = time.monotonic() + 60
    while (running := client.get(f"/api/jobs/{job_id}").json())["step"] in (None, 0):
        assert time.monotonic() < deadline and running["status"] in ("queued", "running"), running
        time.sleep(0.02)
    answer = client.delete(f"/api/jobs/{job_id}")
    assert answer.status_code == 200 and answer.json() == {"id": job_id, "status": "running"}
    step_at_cancel = client.get(f"/api/jobs/{job_id}").json()["step"]
    job = wait(client, job_id)
    assert job["status"] == "cancelled" and job["error"] == "cancelled" and job["files"] == []
    assert job["step"] <= step_at_cancel + 1 < 100  # the step under way finishes, no more
    gc.collect()
    with warnings.catch_warnings():  # isinstance() on every object wakes torch's deprecated aliases
        warnings.simplefilter("ignore")
        alive = [o for o in gc.get_objects() if isinstance(o, MaskedStyleOptimizer)]
    assert alive == []  # the stopped optimisation and its tensors are gone
    assert_error(client.delete(f"/api/jobs/{job_id}"), 409, "already cancelled")
    assert_error(client.get(f"/api/jobs/{job_id}/result.png"), 404, "cancelled")


def test_unfinished_jobs_are_listed_with_what_was_asked_until_they_end(client, cat_bytes):
    photo = client.post("/api/photos", files={"image": ("cat.png", cat_bytes)}).json()
    job_id = client.post("/api/jobs", data={**LONG, "photo": photo["id"], "seed": "7"}).json()["id"]
    [listed] = [job for job in client.get("/api/jobs").json()["jobs"] if job["id"] == job_id]
    assert listed["status"] in ("queued", "running")
    assert listed["about"] == {"photo": photo["key"], "instruction": "cubism", "method": "least", "preset": "fast",
                               "seed": 7, "steps": 100, "dry_run": False, "style_image": None}
    assert client.get(f"/api/jobs/{job_id}").json()["about"] == listed["about"]
    client.delete(f"/api/jobs/{job_id}")
    assert wait(client, job_id)["status"] == "cancelled"
    assert job_id not in [job["id"] for job in client.get("/api/jobs").json()["jobs"]]


def test_queued_jobs_are_cancelled_at_once_and_a_full_queue_is_429(client, cat_bytes, server):
    assert server.app.state.limits.queue == 3
    ids = [post(client, cat_bytes).json()["id"] for _ in range(3)]
    assert_error(post(client, cat_bytes), 429, "the queue is full (3 jobs, the limit is 3, --max-queue)")
    for job_id in reversed(ids):  # the queued ones first, then the running one
        assert client.delete(f"/api/jobs/{job_id}").status_code == 200
    assert client.get(f"/api/jobs/{ids[2]}").json()["status"] == "cancelled"  # at once: it never ran
    assert [wait(client, job_id)["status"] for job_id in ids] == ["cancelled"] * 3
    assert post(client, cat_bytes, dry_run="1").status_code == 202  # room again


def test_a_job_over_the_time_limit_is_stopped(tiny_models, cat_bytes):
    import httpx
    from conftest import TINY_SETTINGS

    server = make_server(port=0, models=tiny_models, device="cpu", settings=TINY_SETTINGS,
                         limits=Limits(seconds=0.5)).start()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            job = wait(client, post(client, cat_bytes).json()["id"])
    finally:
        server.stop()
    assert job["status"] == "error" and "over this server's limit of 0.5 s (--max-seconds)" in job["error"]
    assert job["step"] < 100


def test_the_event_source_keeps_every_change_even_faster_than_a_reader():
    """Steps that follow each other faster than the event stream polls are each still sent, in order;
    a reader that has seen a version gets only what came after it."""
    from localstyle.serve.jobs import CHANGES_KEPT, Job, JobQueue

    jobs = JobQueue(None, Limits())
    try:
        job = Job(id="j", spec=None)
        jobs.jobs[job.id] = job
        assert [status["status"] for _, status in jobs.changes("j", -1)] == ["queued"]  # nothing changed yet
        for step in (1, 2, 3):
            jobs.update(job, stage="stylize", step=step, steps=3)
        seen = jobs.changes("j", 0)
        assert [status["step"] for _, status in seen] == [1, 2, 3]
        assert [version for version, _ in seen] == [1, 2, 3] and jobs.changes("j", 3) == []
        for step in range(CHANGES_KEPT + 10):  # bounded: a reader far behind gets the newest ones
            jobs.update(job, step=step)
        assert len(jobs.changes("j", 0)) == CHANGES_KEPT and jobs.changes("j", 0)[-1][1]["step"] == CHANGES_KEPT + 9
    finally:
        jobs.close()
