"""The six training-step mistakes of issue 20, each applied to flow.py in turn; every one must fail
tests/regionroute/test_flow_transcribed.py. The file is restored afterwards.

    HF_HUB_OFFLINE=1 python benchmarks/regionroute_flow_mutations.py tests/regionroute/test_flow_transcribed.py
"""
import os
import subprocess
import sys

p='src/localstyle/regionroute/flow.py'
orig=open(p).read()
muts={
 "target sign flipped": ("pack_latents(noise - clean).float()", "pack_latents(clean - noise).float()"),
 "noise and clean swapped in x_t": ("noisy = (1 - s.view(b, 1, 1, 1)) * clean + s.view(b, 1, 1, 1) * noise",
                                     "noisy = (1 - s.view(b, 1, 1, 1)) * noise + s.view(b, 1, 1, 1) * clean"),
 "loss on context tokens": ("predicted[:, :tokens.shape[1]].float()", "predicted[:, tokens.shape[1]:].float()"),
 "context position ids 0": ("context.shape[3] // 2, 1, device, dtype)", "context.shape[3] // 2, 0, device, dtype)"),
 "guidance 3.5": ("guidance = torch.ones(b, device=device)", "guidance = torch.full((b,), 3.5, device=device)"),
 "timestep x1000": ("timestep=s.to(dtype),", "timestep=(s * 1000).to(dtype),"),
}
env=dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=os.getcwd()+"/src")
try:
  for name,(a,b) in muts.items():
    assert orig.count(a)==1, name
    open(p,'w').write(orig.replace(a,b))
    r=subprocess.run([sys.executable,"-m","pytest","-q","-x",*sys.argv[1:]],capture_output=True,text=True,env=env,check=False)
    last=[l for l in r.stdout.splitlines() if "passed" in l or "failed" in l][-1:]
    print(f"{name}: rc={r.returncode} {last}")
finally:
  open(p,'w').write(orig)
