/**
 * Notices when student code has changed the JavaScript built-ins (or tfjs) that the sandbox's own
 * code and the next exercise rely on: `Array.prototype.map`, `JSON`, `Math`, a tfjs class… The
 * grader then starts a new process for the next exercise, so a change made by one exercise never
 * reaches another, nor the transpiler that reads the next file.
 */

/** Per watched object: its prototype, whether it is extensible, its keys, and each property's value, getter, setter and flags. */
type Fingerprint = Array<{proto: unknown; extensible: boolean; keys: PropertyKey[]; fields: unknown[][]}>;

/** The objects whose properties are compared: the intrinsics, Node's globals, tfjs. */
function watchedObjects(extra: object[]): object[] {
  const typedArray = Object.getPrototypeOf(Int8Array) as object;
  const constructors = [
    Object,
    Function,
    Array,
    String,
    Number,
    Boolean,
    Symbol,
    BigInt,
    Date,
    RegExp,
    Error,
    TypeError,
    RangeError,
    Promise,
    Map,
    Set,
    WeakMap,
    WeakSet,
    ArrayBuffer,
    SharedArrayBuffer,
    DataView,
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    Buffer
  ];
  const iterators = [
    [][Symbol.iterator](),
    new Map()[Symbol.iterator](),
    new Set()[Symbol.iterator](),
    ""[Symbol.iterator]()
  ].flatMap((iterator) => [Object.getPrototypeOf(iterator), Object.getPrototypeOf(Object.getPrototypeOf(iterator))]);
  return [
    globalThis,
    Math,
    JSON,
    Reflect,
    Atomics,
    process,
    typedArray,
    (typedArray as {prototype: object}).prototype,
    ...constructors.flatMap((constructor) => [constructor, constructor.prototype as object]),
    ...iterators,
    ...extra
  ].filter((item, i, all) => item && all.indexOf(item) === i);
}

/**
 * Takes the fingerprint now (call it before any student code runs) and returns a check that says
 * whether anything in it has changed since. The check uses functions taken now, so patching
 * `Reflect` or `Object` cannot blind it.
 */
export function watchIntegrity(extra: object[] = []): () => boolean {
  // Plain index loops only: iterators, Map and Array methods are what a submission would patch.
  const {ownKeys, getPrototypeOf, isExtensible} = Reflect;
  const describe = Object.getOwnPropertyDescriptor;
  const same = Object.is;
  const objects = watchedObjects(extra);
  const take = (): Fingerprint => {
    const print: Fingerprint = [];
    for (let i = 0; i < objects.length; ++i) {
      const object = objects[i];
      const keys = ownKeys(object);
      const fields: unknown[][] = [];
      for (let k = 0; k < keys.length; ++k) {
        const d = describe(object, keys[k])!;
        fields[k] = [d.value, d.get, d.set, d.writable, d.configurable];
      }
      print[i] = {proto: getPrototypeOf(object), extensible: isExtensible(object), keys, fields};
    }
    return print;
  };
  const before = take();
  return () => {
    try {
      const now = take();
      for (let i = 0; i < before.length; ++i) {
        const was = before[i];
        const is = now[i];
        if (is.proto !== was.proto || is.extensible !== was.extensible || is.keys.length !== was.keys.length)
          return true;
        for (let k = 0; k < was.keys.length; ++k) {
          if (is.keys[k] !== was.keys[k]) return true;
          for (let f = 0; f < was.fields[k].length; ++f) if (!same(is.fields[k][f], was.fields[k][f])) return true;
        }
      }
      return false;
    } catch {
      return true;
    }
  };
}
