// Loaded before the CLI and the benchmarks (node --import): they use node:sqlite, which Node has
// from 22.5 on; on an older Node they would fail at their first import with a cryptic message.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 5)) {
  console.error(
    `Presscut's command line and benchmarks need Node 22.5 or later (24, as Electron's main process has, is what they are tested on); this is Node ${process.versions.node}. Put a newer Node first on PATH: .ci/run shows how to take it from the npm registry.`,
  );
  process.exit(1);
}
