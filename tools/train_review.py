#!/usr/bin/env python3
"""Trains the reviewer's weights (src/deadlines/review/weights.tsv).

The reviewer (src/deadlines/review.rs) scores each reading of each date the
rules saw with a linear model: the sum of the weights of its features. This
script learns those weights by logistic regression (AdaGrad, L2) from the
labelled cases: a reading is right when it is one of its case's expected
mentions. Pure Python, no packages; deterministic (a fixed seed).

  python3 tools/train_review.py            # export rows, train on all, write weights
  python3 tools/train_review.py --cv 5     # k-fold by real batch: what it does on batches it never saw
  python3 tools/train_review.py --hold 140 # train on real batches below 140, score those from 140 on

The rows come from the ignored test `export_training_rows`, after a run of
the unit tests that notes every sentence they give `find` (both are run here
unless --rows names a file already written; about three minutes).
"""
import argparse, collections, json, math, os, random, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIGHTS = os.path.join(ROOT, "src/deadlines/review/weights.tsv")
# a feature seen in fewer training readings gets no weight: a word met once
# says more about its case than about the language
MIN_COUNT = 2
# (3 epochs: on real batches held out, 183–208 and 160–208, F1 0.872 and
# 0.885 against 0.868 and 0.883 after 8, stop 35)
EPOCHS, RATE, L2, SEED = 3, 0.2, 1e-5, 1
# the unit tests' sentences (labelled by the rules) count this much each:
# enough to keep what the tests hold the rules to, not so much that they
# outweigh the real text the rules miss
UNIT_WEIGHT = 1.0
# the sets written for the rules (tests/data/deadlines/*.jsonl) count more:
# each is a documented case of DEADLINES.md the reviewer must not undo
TUNED_WEIGHT = 3.0
ADD, DROP = 0.5, -0.5  # review.rs: ADD, DROP
MUST_WEIGHT, MUST_ROUNDS = 10.0, 3


def export(path):
    """Notes every text the unit tests give `find` (the rules alone answer
    meanwhile), then writes the training rows of those texts and of the
    labelled sets."""
    inputs = os.path.join(ROOT, "target/review-inputs.jsonl")
    if os.path.exists(inputs):
        os.remove(inputs)
    env = dict(os.environ, TIDINGS_REVIEW_INPUTS=inputs, TIDINGS_REVIEW_ROWS=path)
    test = ["cargo", "test", "--release", "--lib", "--"]
    # (not the speed test, nor the reviewer's own, which need its answers)
    subprocess.run(test + ["--skip", "very_long_text_is_linear", "--skip", "deadlines::review::"], cwd=ROOT, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(test + ["--ignored", "--exact", "deadlines::review::tests::export_training_rows"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def load(path):
    cases = []
    for line in open(path, encoding="utf-8"):
        c = json.loads(line)
        f = c["file"]
        real = f.startswith("real")
        cases.append({
            "name": "%s:%d" % (f, c["line"]),
            "weight": UNIT_WEIGHT if f == "unit" else 1.0 if real else TUNED_WEIGHT,
            "batch": int(f[4:-6]) if real else None,
            "want": {tuple(k) for k in c["want"]},
            "rows": [(tuple(k), tuple(sys.intern(f) for f in feats)) for k, feats in c["rows"]],
        })
    return cases


def train(cases):
    count = collections.Counter(f for c in cases for _, fs in c["rows"] for f in fs)
    keep = lambda fs: [f for f in fs if count[f] >= MIN_COUNT]
    data = [(keep(fs), 1.0 if k in c["want"] else 0.0, c["weight"])
            for c in cases for k, fs in c["rows"]]
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(lambda: 1e-6)
    rnd = random.Random(SEED)

    def epoch(data):
        rnd.shuffle(data)
        for fs, y, weight in data:
            z = sum(w[f] for f in fs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for f in fs:
                g = weight * (p - y) + L2 * w[f]
                g2[f] += g * g
                w[f] -= RATE * g / math.sqrt(g2[f])

    for _ in range(EPOCHS):
        epoch(data)
    # the sets written for us and the unit tests' sentences must come out
    # exactly as the rules (or the labels) have them: a case the model gets
    # wrong is weighed MUST_WEIGHT times more in a few more epochs
    for _ in range(MUST_ROUNDS):
        # (judged with the weights as written, rounded, as review.rs reads them)
        now = written(w)
        wrong = [c for c in cases if c["batch"] is None and predict(now, c) != c["want"]]
        if not wrong:
            break
        print("  %d written or unit-test cases come out wrong; weighed %g times more" % (len(wrong), MUST_WEIGHT))
        extra = [(keep(fs), 1.0 if k in c["want"] else 0.0, c["weight"] * MUST_WEIGHT)
                 for c in wrong for k, fs in c["rows"]]
        epoch(data + extra)
    return written(w)


def written(w):
    """The weights as the weights file holds them."""
    return {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-3}


def rules(c):
    """What the rules alone reported: the readings marked `fin`."""
    return {k for k, fs in c["rows"] if (k[0][0].upper() + "fin") in fs}


def predict(w, c):
    """As review.rs settles: the rules' mentions unless scored below DROP,
    and readings they did not report scored above ADD."""
    best = {}
    for k, fs in c["rows"]:
        z = sum(w.get(f, 0.0) for f in fs)
        best[k] = max(best.get(k, -1e9), z)
    told = rules(c)
    return {k for k, z in best.items() if z > (DROP if k in told else ADD)}


def score(cases, pred):
    tp = fp = fn = 0
    for c in cases:
        got = pred(c)
        tp += len(got & c["want"]); fp += len(got - c["want"]); fn += len(c["want"] - got)
    p = tp / max(1, tp + fp); r = tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return "tp %d fp %d fn %d  P %.3f R %.3f F1 %.3f" % (tp, fp, fn, p, r, f1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", help="rows already exported (skips the export)")
    ap.add_argument("--cv", type=int, help="k-fold by real batch; writes nothing")
    ap.add_argument("--hold", type=int, help="hold out real batches from this number; writes nothing")
    a = ap.parse_args()
    rows = a.rows or os.path.join(ROOT, "target/review-rows.jsonl")
    if not a.rows:
        export(rows)
    cases = load(rows)
    tuned = [c for c in cases if c["batch"] is None]
    real = [c for c in cases if c["batch"] is not None]
    if a.cv:
        got_m, got_r = [], []
        for k in range(a.cv):
            test = [c for c in real if c["batch"] % a.cv == k]
            w = train(tuned + [c for c in real if c["batch"] % a.cv != k])
            got_m += [(c, predict(w, c)) for c in test]
        print("rules (in sample)  ", score(real, rules))
        print("reviewed, %d-fold  " % a.cv, score([c for c, _ in got_m], lambda c, d=dict((id(c), g) for c, g in got_m): d[id(c)]))
        return
    if a.hold:
        test = [c for c in real if c["batch"] >= a.hold]
        w = train(tuned + [c for c in real if c["batch"] < a.hold])
        print("held out: %d cases" % len(test))
        print("rules   ", score(test, rules))
        print("reviewed", score(test, lambda c: predict(w, c)))
        return
    w = train(cases)
    print("trained on %d cases, %d readings; %d weights" % (
        len(cases), sum(len(c["rows"]) for c in cases), len(w)))
    print("in sample, real:  ", score(real, lambda c: predict(w, c)))
    print("in sample, tuned: ", score(tuned, lambda c: predict(w, c)))
    with open(WEIGHTS, "w", encoding="utf-8") as out:
        out.write("# The reviewer's weights: written by tools/train_review.py from the labelled\n")
        out.write("# sets (tests/data/deadlines); a feature, a tab, its weight.\n")
        for f in sorted(w):
            out.write("%s\t%s\n" % (f, w[f]))


if __name__ == "__main__":
    main()
