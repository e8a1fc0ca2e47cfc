"""RegionRoute: attention-supervised regional style adapters on a diffusion editor, used mask-free."""
