# Writes printing-cases.txt (dtype|shape|values) and printing-expected.txt (str(t), newlines as \n)
# with PyTorch, for TensorPrintingGoldenTest. Run from this folder: python3 printing-cases.py
import torch, random
random.seed(5)
torch.manual_seed(5)
cases = []
def add(t): cases.append(t)
scales = [1e-6, 1e-4, 1e-3, 0.01, 0.1, 1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e8, 1e9]
for i in range(120):
    kind = random.choice(['f32','f32','f64','i64','bool','i32'])
    nd = random.choice([0,1,1,2,2,3])
    shape = [random.randint(1,6) for _ in range(nd)]
    if random.random() < 0.1 and nd >= 1: shape[0] = random.choice([0, 1100, 40])
    n = 1
    for s in shape: n *= s
    sc = random.choice(scales)
    if kind in ('f32','f64'):
        dt = torch.float32 if kind=='f32' else torch.float64
        v = torch.randn(n, dtype=torch.float64) * sc
        if random.random() < 0.3: v = v.round()
        if random.random() < 0.1 and n > 2: v[1] = float('inf'); v[0] = float('nan')
        if random.random() < 0.2: v = v.abs()
        t = v.to(dt).reshape(shape)
    elif kind in ('i64','i32'):
        dt = torch.int64 if kind=='i64' else torch.int32
        t = (torch.randn(n, dtype=torch.float64) * sc).clamp(-2e9, 2e9).long().to(dt).reshape(shape)
    else:
        t = (torch.rand(n) > 0.5).reshape(shape)
    add(t)
with open('printing-cases.txt','w') as f, open('printing-expected.txt','w') as g:
    for t in cases:
        vals = t.reshape(-1).tolist()
        f.write(str(t.dtype).replace('torch.','') + '|' + ','.join(map(str, t.shape)) + '|' + ','.join(repr(float(x)) for x in vals) + '\n')
        g.write(str(t).replace('\n','\\n') + '\n')
