#!/bin/bash
# After measure.sh: loader workers, the stems' step rates, and the chosen run's final weights at several sides, with and without mirroring
cd ~/runs/recipe
while pgrep -f measure.sh > /dev/null; do sleep 5; done
echo "== bench $(date +%T)"
for w in 0 1; do resnet-nb bench --preset tiny10-cpu --parts e2e --img-size 32 --workers $w --steps 12 --warmup 2 --json > bench-e2e-32px-workers$w.json 2>> bench.err; done
resnet-nb bench --preset tiny10-cpu --parts model --batch-size 64 --img-size 64 --steps 2 --warmup 1 --json > bench-imagenet-stem.json 2>> bench.err
resnet-nb bench --preset tiny-imagenet --parts model --batch-size 64 --img-size 64 --steps 2 --warmup 1 --json > bench-small-stem.json 2>> bench.err
echo "== evals $(date +%T)"
ev() {  # run side flip
  root=$(python -c "import json;print(json.load(open('$1/run.json'))['data_root'])")
  r=$(resnet-nb evaluate --checkpoint $1/checkpoints/last.pth --data "$root" --img-size $2 $3 --workers 1 --json 2>>evals.err)
  echo "{\"run\": \"$1\", \"checkpoint\": \"last.pth\", \"result\": $r}" >> evals.jsonl
}
: > evals.jsonl
for s in 56 64 72 80; do ev m3-onecycle-64 $s --no-flip; done
for s in 64 72; do ev m3-onecycle-64 $s --flip; done
echo "== done $(date +%T)"
