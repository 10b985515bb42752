/** The worker entry when the CLI runs from the compiled modules (the bundle's worker is the bundle itself). */
import { serveLintWorker } from './lint-worker.js';

serveLintWorker();
