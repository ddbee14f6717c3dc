// zod, told not to compile fast paths with `new Function`, which the app's Content Security Policy forbids.
// Every module that parses with zod imports it from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
