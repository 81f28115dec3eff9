/** Files of a site that are not JSON: PDF pages' images, photos and PDFs, copied from where they already are. */

/** A file to copy into the site as it is (from the render cache or the edition folder), written like the JSON. */
export class FileCopy {
  constructor(readonly from: string) {}
}

/** Adds an edition's PDF-page files (data path → file on disk) to the files publish writes. */
export function addAssetFiles(files: Map<string, unknown>, assets: ReadonlyMap<string, string>): void {
  for (const [path, from] of assets) files.set(path, new FileCopy(from));
}
