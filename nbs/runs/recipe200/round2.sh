#!/bin/bash
# Round 2: the best candidate of round 1 (d-light-64: crop and flip only, 64 px throughout) trained longer (4 epochs of the
# same 30,000 images, no budget), to choose the evaluation side on the held-out images once the model is past its first steps.
cd ~/runs/recipe200
while pgrep -f after2.sh > /dev/null; do sleep 10; done
A=/work/shared/data/tiny-imagenet-200.tar.gz
C="--preset tiny-imagenet-cpu --data $A --holdout-per-class 10 --subset-train-per-class 150 --amp bf16 --checkpoint-minutes 0 --no-progress --log-every 50"
name=f-light-64-4ep
if ! grep -q '"finished"' $name/run.json 2>/dev/null; then
  echo "== $name $(date +%T)"; resnet-nb train $C --aug-strength 0 --min-img-size 0 --epochs 4 --out $name > $name.log 2>&1; tail -2 $name.log
fi
root=$(python -c "import json;print(json.load(open('$name/run.json'))['data_root'])")
for flip in --no-flip --flip; do for s in 64 72 80; do
  r=$(resnet-nb evaluate --checkpoint $name/checkpoints/last.pth --data "$root" --img-size $s $flip --workers 1 --json 2>>evals.err)
  echo "{\"run\": \"$name\", \"checkpoint\": \"last.pth\", \"img_size\": $s, \"result\": $r}" >> evals.jsonl
done; done
echo "== done $(date +%T)"
