#!/bin/bash
# After the candidates: bf16 against fp32 on one subset and seed; the step against plain torchvision; bench --amp auto/none.
cd ~/runs/recipe200
while pgrep -f candidates2.sh > /dev/null; do sleep 10; done
A=/work/shared/data/tiny-imagenet-200.tar.gz
P="--preset tiny-imagenet-cpu --data $A --subset-classes 20 --subset-train-per-class 250 --holdout-per-class 10 --epochs 4 --checkpoint-minutes 0 --no-progress --log-every 20 --aug-strength 0"
for amp in none bf16; do
  [ -f p-$amp/run.json ] && grep -q '"finished"' p-$amp/run.json && continue
  echo "== p-$amp $(date +%T)"; resnet-nb train $P --amp $amp --out p-$amp > p-$amp.log 2>&1; tail -1 p-$amp.log
done
echo "== parity $(date +%T)"
python /tmp/w/parity_run.py > parity.log 2>&1
echo "== bench $(date +%T)"
for amp in auto none; do resnet-nb bench --preset tiny-imagenet-cpu --parts model --amp $amp --steps 5 --json > bench-model-$amp.json 2>> bench.err; done
echo "== done $(date +%T)"
