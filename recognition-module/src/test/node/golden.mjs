// Golden outputs for Kith's converted models: the original TF.js graph models, run by TF.js's
// pure-JavaScript CPU backend (an implementation independent of Kith's converter and of ONNX
// Runtime), on fixed pseudo-random inputs. A Java test compares ONNX Runtime's outputs to these.
//
// usage: node golden.mjs <manifest.json> <tfjs model folder> <output folder>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel } from '@tensorflow/tfjs-converter';

const [manifestFile, tfjsDir, outDir] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
await tf.setBackend('cpu');
mkdirSync(outDir, { recursive: true });

// mulberry32: a tiny seeded generator, so every run feeds the same inputs.
function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function load(sourcePath) {
  const json = JSON.parse(readFileSync(join(tfjsDir, sourcePath), 'utf8'));
  const weightSpecs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const p of group.paths) buffers.push(readFileSync(join(tfjsDir, 'models', p)));
  }
  const data = Buffer.concat(buffers);
  return loadGraphModel(tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs,
    weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
    format: json.format,
    signature: json.signature,
    userDefinedMetadata: json.userDefinedMetadata,
  }));
}

// face-api's FaceRecognitionNet (@vladmandic/face-api 1.7.15, src/faceRecognitionNet/*.ts and
// ops/normalize.ts), transcribed op for op onto TF.js core; the weights are decoded by TF.js's own
// io.decodeWeights (uint8 dequantisation included), not by Kith's code.
function dlibDescriptor(sourcePath) {
  const groups = JSON.parse(readFileSync(join(tfjsDir, sourcePath), 'utf8'));
  const folder = dirname(join(tfjsDir, sourcePath));
  const w = {};
  for (const group of groups) {
    const data = Buffer.concat(group.paths.map((p) => readFileSync(join(folder, p))));
    Object.assign(w, tf.io.decodeWeights(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), group.weights));
  }
  const convLayer = (x, p, strides, withRelu, padding = 'same') => {
    let out = tf.conv2d(x, w[`${p}/conv/filters`], strides, padding);
    out = tf.add(out, w[`${p}/conv/bias`]);
    out = tf.add(tf.mul(out, w[`${p}/scale/weights`]), w[`${p}/scale/biases`]);
    return withRelu ? tf.relu(out) : out;
  };
  const conv = (x, p) => convLayer(x, p, [1, 1], true);
  const convNoRelu = (x, p) => convLayer(x, p, [1, 1], false);
  const convDown = (x, p) => convLayer(x, p, [2, 2], true, 'valid');
  const residual = (x, p) => tf.relu(tf.add(convNoRelu(conv(x, `${p}/conv1`), `${p}/conv2`), x));
  const residualDown = (x, p) => {
    let out = convNoRelu(convDown(x, `${p}/conv1`), `${p}/conv2`);
    let pooled = tf.avgPool(x, 2, 2, 'valid');
    const zeros = tf.zeros(pooled.shape);
    if (pooled.shape[1] !== out.shape[1] || pooled.shape[2] !== out.shape[2]) {
      out = tf.concat([out, tf.zeros([out.shape[0], 1, out.shape[2], out.shape[3]])], 1);
      out = tf.concat([out, tf.zeros([out.shape[0], out.shape[1], 1, out.shape[3]])], 2);
    }
    pooled = pooled.shape[3] !== out.shape[3] ? tf.concat([pooled, zeros], 3) : pooled;
    return tf.relu(tf.add(pooled, out));
  };
  return {
    execute(feeds) {
      return tf.tidy(() => {
        const x = Object.values(feeds)[0];
        const [r, g, b] = [122.782, 117.001, 104.298];
        const avg = tf.concat(
          [r, g, b].map((v) => tf.fill([...x.shape.slice(0, 3), 1], v, 'float32')), 3);
        let out = tf.div(tf.sub(x, avg), 255);
        out = convDown(out, 'conv32_down');
        out = tf.maxPool(out, 3, 2, 'valid');
        for (const p of ['conv32_1', 'conv32_2', 'conv32_3']) out = residual(out, p);
        out = residualDown(out, 'conv64_down');
        for (const p of ['conv64_1', 'conv64_2', 'conv64_3']) out = residual(out, p);
        out = residualDown(out, 'conv128_down');
        for (const p of ['conv128_1', 'conv128_2']) out = residual(out, p);
        out = residualDown(out, 'conv256_down');
        for (const p of ['conv256_1', 'conv256_2']) out = residual(out, p);
        out = residualDown(out, 'conv256_down_out');
        return [tf.matMul(tf.mean(out, [1, 2]), w.fc)];
      });
    },
  };
}

const architectures = { 'dlib-resnet-descriptor': dlibDescriptor };

for (const entry of manifest.models) {
  const started = Date.now();
  const model = entry.architecture
    ? architectures[entry.architecture](entry.source.path)
    : await load(entry.source.path);
  const next = random(20261123 + entry.name.length);
  const [lo, hi] = entry.inputRange;
  const inputs = {};
  const feeds = {};
  for (const input of entry.inputs) {
    const shape = input.shape.map((d) => (d < 0 ? 1 : d));
    const size = shape.reduce((a, b) => a * b, 1);
    const values = new Float32Array(size);
    // Image-like rather than white noise: smooth gradients per channel plus 10 % noise, so that
    // detector and landmark heads see activations in their usual range.
    const [, h, w, c] = shape.length === 4 ? shape : [1, 1, size, 1];
    const phase = [next() * 6.28, next() * 6.28, next() * 6.28];
    for (let i = 0; i < size; i++) {
      const ch = i % c, x = Math.floor(i / c) % w, y = Math.floor(i / (c * w)) % h;
      const smooth = 0.5 + 0.4 * Math.sin((3 * x) / w + phase[ch % 3]) * Math.cos((2 * y) / h + phase[(ch + 1) % 3]);
      values[i] = lo + (hi - lo) * (0.9 * smooth + 0.1 * next());
    }
    inputs[input.name] = { shape, data: Array.from(values) };
    feeds[input.name] = tf.tensor(values, shape, 'float32');
  }
  const names = entry.outputs.map((o) => o.tfjsTensor);
  let results = entry.architecture ? model.execute(feeds) : model.execute(feeds, names);
  if (!Array.isArray(results)) results = [results];
  const outputs = {};
  entry.outputs.forEach((o, k) => {
    outputs[o.name] = { shape: results[k].shape, data: Array.from(results[k].dataSync()) };
  });
  writeFileSync(join(outDir, `${entry.name}.json`), JSON.stringify({ model: entry.name, inputs, outputs }));
  console.log(`golden ${entry.name}: ${Date.now() - started} ms`);
}
