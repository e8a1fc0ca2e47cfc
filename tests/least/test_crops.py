"""The step's crops (least/crops.py): drawn in the published order, cut exactly by one gather, refilled in
place. (The sampling rules of the boxes and the warp against torchvision are in test_losses.py.)"""

import pytest
import torch

from localstyle.least.crops import (CropDraws, crop_shape, crops_at, draw_crops, perspective_coefficients,
                                    perspective_endpoints, sample_crop_boxes)


def test_crops_at_are_the_exact_pixels_and_their_gradient_adds_overlaps():
    g = torch.Generator().manual_seed(0)
    image = torch.rand(1, 3, 30, 41, generator=g)
    image = image.contiguous(memory_format=torch.channels_last).requires_grad_(True)  # the U-Net's may be
    boxes = sample_crop_boxes((5, 3, 38, 27), (41, 30), 9, (13, 7), g)
    crops = crops_at(image, boxes[:, :2], (7, 13))
    assert crops.shape == (9, 3, 7, 13)
    sliced = torch.stack([image[0, :, y0:y1, x0:x1] for x0, y0, x1, y1 in boxes.tolist()])
    assert torch.equal(crops, sliced)
    upstream = torch.randn(crops.shape, generator=g)
    (ours,) = torch.autograd.grad((crops * upstream).sum(), image)
    (theirs,) = torch.autograd.grad((sliced * upstream).sum(), image)
    torch.testing.assert_close(ours, theirs, rtol=0, atol=1e-6)  # the same sums, added in another order
    assert (ours != 0).sum() > 0 and ours[0, :, 0, 0].abs().sum() == 0  # pixels in no crop get nothing


def test_draw_crops_draws_the_boxes_then_the_warps_from_one_generator():
    box, size, crops, crop = (10, 20, 70, 50), (80, 60), 6, (24, 16)
    draws = draw_crops(box, size, crops, crop, 0.5, torch.Generator().manual_seed(4))
    again = torch.Generator().manual_seed(4)
    boxes = sample_crop_boxes(box, size, crops, crop, again)
    endpoints = perspective_endpoints(crops, 24, 16, 0.5, again)
    assert draws.size == (16, 24) == crop_shape(size, crop)
    assert torch.equal(draws.starts, boxes[:, :2])
    assert torch.equal(draws.warps, perspective_coefficients(endpoints, 16, 24))
    unwarped = draw_crops(box, size, crops, crop, 0.0, torch.Generator().manual_seed(4))
    assert unwarped.warps is None and torch.equal(unwarped.starts, draws.starts)
    assert crop_shape((20, 10), 100) == (10, 20)  # a crop larger than the image is the image


def test_copy_refills_the_same_tensors_and_refuses_other_crops():
    first = draw_crops((0, 0, 40, 40), (40, 40), 4, 10, 0.5, torch.Generator().manual_seed(1))
    second = draw_crops((0, 0, 40, 40), (40, 40), 4, 10, 0.5, torch.Generator().manual_seed(2))
    starts, warps = first.starts, first.warps
    first.copy_(second)
    assert first.starts is starts and first.warps is warps  # what a captured step reads from
    assert torch.equal(first.starts, second.starts) and torch.equal(first.warps, second.warps)
    assert first.to(torch.device("cpu")).starts is starts  # already there: no copy
    with pytest.raises(ValueError, match="cannot replace"):
        first.copy_(CropDraws(second.starts, (9, 10), second.warps))
    with pytest.raises(ValueError, match="cannot replace"):
        first.copy_(CropDraws(second.starts, second.size, None))
