"""Scoring and measuring: metrics, the eval runner with baselines, the speed bench and the published-loop re-creation."""
