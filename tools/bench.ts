/**
 * `npm run bench`: builds, runs every benchmark (page weight, search, Lighthouse, scale) and
 * prints their summary lines as one table at the end. Each benchmark still prints its details.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = ['bench:weight', 'bench:search', 'bench:lighthouse', 'bench:scale'];
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const summary: string[] = [];
for (const name of BENCHMARKS) {
  const run = spawnSync('npm', ['run', '--silent', name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const lines = run.stdout.split('\n').filter((line) => line.startsWith('summary | '));
  summary.push(...(lines.length > 0 ? lines : [`summary | ${name} | did not finish (exit ${run.status})`]));
}
console.log('\n| benchmark | figures |\n|---|---|');
for (const line of summary) {
  const [, name = '', figures = ''] = line.split(' | ');
  console.log(`| ${name} | ${figures} |`);
}
