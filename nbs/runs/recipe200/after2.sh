#!/bin/bash
# After after.sh: what torch.compile gains for the CPU preset's step (bf16, 64 and 48 px), and what it costs to compile.
cd ~/runs/recipe200
while pgrep -f after.sh > /dev/null; do sleep 10; done
echo "== compile $(date +%T)"
resnet-nb bench --preset tiny-imagenet-cpu --parts model --amp bf16 --sizes 48 --steps 6 --json > bench-model-bf16-eager.json 2>> bench.err
resnet-nb bench --preset tiny-imagenet-cpu --parts model --amp bf16 --compile --sizes 48 --steps 6 --json > bench-model-bf16-compiled.json 2>> bench.err
echo "== done $(date +%T)"
touch /tmp/w/QUIET_OK
