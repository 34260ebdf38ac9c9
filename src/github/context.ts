// The run's event context, the same object as `context` of @actions/github, without loading the
// rest of that package (Octokit, its REST methods and HTTP stack: ~0.2 MB) when a diagnosis
// needs it. The package exports only its index, so the class is imported from its file.
import { Context } from '../../node_modules/@actions/github/lib/context.js'

export const context = new Context()
