"""Words to masks: instruction parsing, grounding (phrase -> box) and segmentation (box/points -> mask)."""
