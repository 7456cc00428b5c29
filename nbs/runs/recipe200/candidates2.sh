#!/bin/bash
# Recipe candidates on all 200 classes: 150 training images per class (30,000), the last 10 of each class held out
# (2,000 images, never trained on, not val/), each candidate trained to the same 11-minute budget in bf16, one after another,
# then its last weights evaluated on the held-out images at 64, 72 and 80 px.
cd ~/runs/recipe200
A=/work/shared/data/tiny-imagenet-200.tar.gz
C="--preset tiny-imagenet-cpu --data $A --holdout-per-class 10 --subset-train-per-class 150 --amp bf16 --budget 11m --checkpoint-minutes 0 --no-progress --log-every 50"
while pgrep -f "resnet-nb train" > /dev/null; do sleep 5; done   # one torch process at a time
evals() {
  root=$(python -c "import json;print(json.load(open('$1/run.json'))['data_root'])")
  for s in 64 72 80; do
    r=$(resnet-nb evaluate --checkpoint $1/checkpoints/last.pth --data "$root" --img-size $s --no-flip --workers 1 --json 2>>evals.err)
    echo "{\"run\": \"$1\", \"checkpoint\": \"last.pth\", \"img_size\": $s, \"result\": $r}" >> evals.jsonl
  done
}
for spec in "a-base:" "b-light:--aug-strength 0" "c-light-48:--aug-strength 0 --min-img-size 48" "d-light-64:--aug-strength 0 --min-img-size 0" "e-light-linear:--aug-strength 0 --schedule linear --warmup-epochs 0.3"; do
  name=${spec%%:*}; flags=${spec#*:}
  grep -q "\"run\": \"$name\"" evals.jsonl 2>/dev/null && continue
  if ! grep -q '"finished"' $name/run.json 2>/dev/null; then
    echo "== $name $(date +%T)"; resnet-nb train $C $flags --out $name > $name.log 2>&1; tail -2 $name.log
  fi
  evals $name
done
echo "== done $(date +%T)"
