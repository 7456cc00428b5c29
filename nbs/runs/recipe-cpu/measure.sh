#!/bin/bash
# CPU recipe measurements: short runs on a 20-class subset of Tiny ImageNet (5,000 train / 1,000 val images), one after another
cd ~/runs/recipe
A=/work/shared/data/tiny-imagenet-200.tar.gz
C="--preset tiny10-cpu --data $A --subset-classes 20 --subset-train-per-class 250 --subset-val-per-class 50 --epochs 6 --batch-size 64 --lr 0.1 --weight-decay 5e-5 --aug-strength 0.5 --min-img-size 32 --eval-img-size 64 --workers 1 --log-every 20 --checkpoint-minutes 0 --no-eval-flip --no-progress --ema 0.99"
for spec in "m1-onecycle-48:--img-size 48" "m2-linear-48:--img-size 48 --schedule linear --warmup-epochs 0.5" "m3-onecycle-64:--img-size 64" "m4-onecycle-48-ls0:--img-size 48 --label-smoothing 0"; do
  name=${spec%%:*}; flags=${spec#*:}
  [ -f $name/checkpoints/best.pth ] && continue
  echo "== $name $(date +%T)"; /usr/bin/time -f "%e s" resnet-nb train $C $flags --out $name > $name.log 2>&1; tail -2 $name.log
done
echo "== done $(date +%T)"
