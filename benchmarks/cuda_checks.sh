#!/usr/bin/env bash
# The CUDA figures of docs/speed.md and docs/determinism.md, in one go, on a machine with an NVIDIA GPU:
#
#     bash benchmarks/cuda_checks.sh [OUTDIR [PART...]]   # from the repository root
#
# PARTs (default: all): least (1-3 below, about 5 minutes on an H200), capture (6), determinism-tests,
# regionroute (4, estimated 6 minutes on an H100 without bitsandbytes, not yet run), video (5); and, by name
# only, regionroute-diagnose: the 512 px step again with CUDA_LAUNCH_BLOCKING=1, without gradient
# checkpointing, without the recorder, and with each attention backend alone, to find what fails there
# (docs/regionroute.md).
# RR_SMOKE=1 runs the regionroute part's commands on the CPU at toy sizes: a check of this script, no figures.
#
# 1. `localstyle bench --device cuda` at paper settings (real-size random CLIP ViT-B/32 and VGG19), with
#    the repeatable kernels a run uses (deterministic=true, the default) and with PyTorch's fastest ones;
# 2. the `preview` preset end to end (one region, --box --no-segment), as docs/speed.md times it on CPUs;
# 3. same seed, same bytes: the `paper` preset end to end twice as separate processes with
#    deterministic=true and twice with deterministic=false, SHA-256 of the outputs compared;
#    then tests/test_determinism.py (every preset, SAM and box, bf16 and fp32) on the GPU;
# 4. RegionRoute (docs/regionroute.md, "On a GPU"): the kernel-level check of cuDNN's attention backward
#    (benchmarks/sdpa_grad_layout.py) at 512 and 1024 px; the real-size FLUX.1-Kontext transformer's training
#    step (random weights, 12 B bf16, fp32 LoRA r4, Focus + Cover, gradient checkpointing, the recorder;
#    `localstyle.evaluation.regionroute_bench`) at 512 and 1024 px, without and with a 24 GiB cap, and NF4 under the cap
#    where bitsandbytes imports; 28-step inference of the whole real-size pipeline at 1024 px, full and
#    low-memory (offload; nf4 with bitsandbytes), recording off and on (benchmarks/regionroute_infer_bench.py);
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

nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"
python -c "import torch, transformers; print('torch', torch.__version__, 'cuda', torch.version.cuda, \
'transformers', transformers.__version__, torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU')"

show() {  # show FILE...: each JSON file on one line
    python -c "import json, sys
for path in sys.argv[1:]:
    try: print(path.split('/')[-1], json.dumps(json.load(open(path))))
    except (OSError, ValueError) as exc: print(path.split('/')[-1], 'missing:', exc)" "$@"
}

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
    if [[ -n "${RR_SMOKE:-}" ]]; then
        sizes="64 128" kernel="--device cpu --text 16" dev="--device cpu"
        train="--layers 1 --single-layers 1 --text-length 16 --dtype fp32 --steps 1 --warmup 0"
        infer="--size 64 --steps 2 --layers 1 --single-layers 1 --t5-layers 1 --clip-layers 1 --dtype fp32"
    else
        sizes="512 1024" kernel="" dev="--device cuda" train="--steps 3" infer="--size 1024 --steps 28"
    fi
    nf4=$(python -c "import bitsandbytes" 2>/dev/null && echo yes || echo no)
    echo "bitsandbytes importable: $nf4"
    for size in $sizes; do  # seconds each; the "training" check last: it may end its process
        step "rr-sdpa-$size" 90 python benchmarks/sdpa_grad_layout.py $kernel --size $size --json "$out/rr_sdpa_$size.json"
        show "$out/rr_sdpa_$size.json"
    done
    for size in $sizes; do
        for cap in "" 24; do
            name="rr-train-$size${cap:+-cap$cap}"
            step "$name" 150 python -m localstyle.evaluation.regionroute_bench $dev --size $size $train ${cap:+--memory-cap-gib $cap} \
                --json "$out/$name.json"
            show "$out/$name.json"
        done
    done
    if [[ $nf4 == yes ]]; then
        last=${sizes##* }
        step "rr-train-$last-nf4-cap24" 240 python -m localstyle.evaluation.regionroute_bench $dev --size $last $train --nf4 \
            --memory-cap-gib 24 --json "$out/rr-train-$last-nf4-cap24.json"
        show "$out/rr-train-$last-nf4-cap24.json"
    fi
    modes="full offload"
    [[ $nf4 == yes ]] && modes="$modes nf4"
    for memory in $modes; do
        cap=""
        [[ $memory != full ]] && cap=24  # the low-memory modes on what a 24 GB card has
        step "rr-infer-$memory" 200 python benchmarks/regionroute_infer_bench.py $dev $infer --memory $memory \
            ${cap:+--memory-cap-gib $cap} --json "$out/rr-infer-$memory.json"
        show "$out/rr-infer-$memory.json"
    done
fi
if [[ " $parts " == *" regionroute-diagnose "* ]]; then
    rr="python -m localstyle.evaluation.regionroute_bench --device cuda --size 512 --steps 1 --warmup 0"
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
for name in ("video_apply_1.json", "video_apply_8.json"):
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
