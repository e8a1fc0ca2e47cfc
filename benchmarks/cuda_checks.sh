#!/usr/bin/env bash
# The CUDA figures of docs/speed.md and docs/determinism.md, in one go, on a machine with an NVIDIA GPU:
#
#     bash benchmarks/cuda_checks.sh [OUTDIR [PART...]]   # from the repository root
#
# PARTs (default: all): least (1-3 below, about 5 minutes on an H200), capture (6), determinism-tests,
# regionroute (4), video (5); and, by name only, regionroute-diagnose: the 512 px step again with CUDA_LAUNCH_BLOCKING=1,
# without gradient checkpointing, without the recorder, and with each attention backend alone, to find
# what fails there (docs/regionroute.md).
#
# 1. `localstyle bench --device cuda` at paper settings (real-size random CLIP ViT-B/32 and VGG19), with
#    the repeatable kernels a run uses (deterministic=true, the default) and with PyTorch's fastest ones;
# 2. the `preview` preset end to end (one region, --box --no-segment), as docs/speed.md times it on CPUs;
# 3. same seed, same bytes: the `paper` preset end to end twice as separate processes with
#    deterministic=true and twice with deterministic=false, SHA-256 of the outputs compared;
#    then tests/test_determinism.py (every preset, SAM and box, bf16 and fp32) on the GPU;
# 4. RegionRoute: one training step of the real-size FLUX.1-Kontext transformer (random weights, 12 B bf16,
#    fp32 LoRA r4, Focus + Cover, gradient checkpointing) at 512 and 1024 px (`localstyle.regionroute.bench`);
# 5. video: the apply stage's seconds per 1280 x 720 frame, frame by frame and in batches;
# 6. capture (least/capture.py, not yet run on a GPU): `benchmarks/step_profile.py` (one paper step taken
#    apart: time per part, kernels, TFLOP/s, the calls that synchronised; seconds per step and the change
#    of the output for capture=off, graph and compile), repeatable and fastest kernels; the bench with
#    capture=graph; and the `paper` preset end to end twice with capture=graph, SHA-256 compared.
# Logs, bench JSON and the run records go to OUTDIR (default cuda-checks), a summary to stdout.
# No downloads: the models are random weights written by `python -m localstyle.testing`.
set -u
out=${1:-cuda-checks}
parts=${*:2}
parts=${parts:-least capture determinism-tests regionroute video}
mkdir -p "$out"
export HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 TRANSFORMERS_VERBOSITY=error
models=$(mktemp -d)
photo=examples/photos/chelsea.jpg
ls="python -m localstyle.cli"

step() {  # step NAME TIMEOUT COMMAND...: run, log to OUTDIR/NAME.log, print rc, wall time and the log's end
    local name=$1 limit=$2
    shift 2
    local start
    start=$(date +%s%N)
    timeout "$limit" "$@" >"$out/$name.log" 2>&1
    local rc=$?
    echo "== $name: rc=$rc wall=$(( ($(date +%s%N) - start) / 1000000 )) ms"
    tail -n 4 "$out/$name.log" | cut -c1-300
}

digest() { sha256sum "$1" 2>/dev/null | cut -c1-16; }

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
python -c "import torch, transformers; print('torch', torch.__version__, 'cuda', torch.version.cuda, \
'transformers', transformers.__version__, torch.cuda.get_device_name(0))"

wants() { [[ " $parts " == *" $1 "* ]]; }


if wants least; then
step write-models 300 python -m localstyle.testing real-size-models "$models/real"
step bench-repeatable 300 $ls bench --device cuda --random-weights --size 512 --crops 64 --steps 5 \
    --json "$out/bench_cuda.json"
step bench-fastest 300 $ls bench --device cuda --random-weights --size 512 --crops 64 --steps 5 \
    --nondeterministic --json "$out/bench_cuda_nondeterministic.json"

for run in 1 2; do
    step "preview-$run" 300 $ls stylize "$photo" cubism --box 100,30,330,300 --no-segment --preset preview \
        --models "$models/real/models.toml" --device cuda --quiet -o "$out/preview-$run.png" --save-dir "$out/preview-$run"
done
for mode in true false; do
    for run in 1 2; do
        step "paper-deterministic-$mode-$run" 300 $ls stylize "$photo" cubism --box 100,30,330,300 --no-segment \
            --seed 3 --set deterministic=$mode --models "$models/real/models.toml" --device cuda --quiet \
            -o "$out/paper-$mode-$run.png" --save-dir "$out/paper-$mode-$run"
    done
    echo "paper, deterministic=$mode: $(digest "$out/paper-$mode-1.png") vs $(digest "$out/paper-$mode-2.png")"
done

fi
if wants capture; then
    [[ -f "$models/real/models.toml" ]] || step write-models 300 python -m localstyle.testing real-size-models "$models/real"
    step step-profile 500 python benchmarks/step_profile.py --device cuda --json "$out/step_profile.json"
    step step-profile-fastest 300 python benchmarks/step_profile.py --device cuda --nondeterministic \
        --capture off graph --json "$out/step_profile_nondeterministic.json"
    step bench-graph 300 $ls bench --device cuda --random-weights --size 512 --crops 64 --steps 5 \
        --capture graph --json "$out/bench_cuda_graph.json"
    for run in 1 2; do
        step "paper-graph-$run" 300 $ls stylize "$photo" cubism --box 100,30,330,300 --no-segment --seed 3 \
            --set capture=graph --models "$models/real/models.toml" --device cuda --quiet \
            -o "$out/paper-graph-$run.png" --save-dir "$out/paper-graph-$run"
    done
    echo "paper, capture=graph: $(digest "$out/paper-graph-1.png") vs $(digest "$out/paper-graph-2.png")"
fi
if wants determinism-tests; then
    step determinism-tests 400 env LOCALSTYLE_TEST_DEVICE=cuda python -m pytest -q -p no:cacheprovider \
        tests/test_determinism.py
fi
if wants regionroute; then
    for size in 512 1024; do
        step "regionroute-$size" 300 python -m localstyle.regionroute.bench --device cuda --size $size --steps 3 \
            --json "$out/regionroute_$size.json"
    done
fi
if [[ " $parts " == *" regionroute-diagnose "* ]]; then
    rr="python -m localstyle.regionroute.bench --device cuda --size 512 --steps 1 --warmup 0"
    step rr-blocking 200 env CUDA_LAUNCH_BLOCKING=1 $rr
    step rr-no-checkpointing 200 $rr --no-checkpointing
    step rr-recorder-off 200 $rr --recorder off
    for backend in math efficient flash cudnn; do
        step "rr-attention-$backend" 200 $rr --attention $backend
    done
fi
if wants video; then
    for batch in 1 8; do
        step "video-apply-batch-$batch" 300 python benchmarks/video_flicker.py apply --device cuda --frames 40 \
            --batch $batch --json "$out/video_apply_$batch.json"
    done
fi
python - "$out" <<'EOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
for name in ("regionroute_512.json", "regionroute_1024.json", "video_apply_1.json", "video_apply_8.json"):
    if (out / name).exists():
        print(name, (out / name).read_text().strip())
for name in ("step_profile.json", "step_profile_nondeterministic.json"):
    if (out / name).exists():
        r = json.loads((out / name).read_text())
        for capture, run in r["captures"].items():
            print(name, capture, {k: run.get(k) for k in ("error", "seconds_per_step", "unsynchronised_seconds_per_step",
                                                          "warmup_s", "tflops", "kernels", "syncs", "output_vs_off")})
        if "parts" in r["captures"].get("off", {}):
            print(name, "parts", r["captures"]["off"]["parts"])
for name in ("bench_cuda.json", "bench_cuda_nondeterministic.json", "bench_cuda_graph.json"):
    path = out / name
    if path.exists():
        r = json.loads(path.read_text())
        print(name, {"localstyle_s": round(r["localstyle"]["seconds_per_step"], 4),
                     "published_s": round(r["reference"]["seconds_per_step"], 4), "ratio": round(r["ratio"], 2),
                     "peak_mib": [r["localstyle"]["peak_memory_mib"], r["reference"]["peak_memory_mib"]],
                     "split": {k: round(v, 4) for k, v in r["split"].items()}})
for record in sorted(out.glob("*/record.json")):
    r = json.loads(record.read_text())
    edit = r["edits"][0]
    print(record.parent.name, {"stages_s": r["seconds"], "repeatable": edit.get("repeatable"),
                               "nondeterministic_ops": edit.get("nondeterministic_ops"),
                               "s_per_step": edit.get("seconds_per_step"), "first_step_s": edit.get("first_step_seconds")})
EOF
