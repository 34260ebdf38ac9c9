// The post step's composition root (runs.post): the real @actions/core, handed to runPost.
import * as core from '@actions/core'
import { runPost } from './sinks/post.js'

runPost(core)
