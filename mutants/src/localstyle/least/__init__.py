"""LEAST: the masked CLIPstyler optimisation (StyleNet, the four masked losses, the loop, prompt templates)."""
