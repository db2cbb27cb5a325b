/**
 * Just enough of the OLE compound file format ([MS-CFB]) to list the names in its directory: an old
 * .xls holds a "Workbook" (or "Book") stream, a password-protected .xlsx/.docx holds "EncryptionInfo"
 * and "EncryptedPackage" ([MS-OFFCRYPTO] 2.3.4). Never throws: a file that does not parse gives null.
 */

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT = 109;
const ENTRY_SIZE = 128;

export function compoundFileEntryNames(bytes: Buffer): string[] | null {
  try {
    return readNames(bytes);
  } catch {
    return null;
  }
}

function readNames(bytes: Buffer): string[] | null {
  if (bytes.length < 512) return null;
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.floor((bytes.length - sectorSize) / sectorSize));
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const valid = (sector: number) => sector <= MAX_SECTOR && sector < sectorCount;

  // the FAT's own sectors: 109 in the header, then the DIFAT chain
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const s = bytes.readUInt32LE(0x4c + i * 4);
    if (s === FREE || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = bytes.readUInt32LE(0x44);
  for (let guard = 0; valid(difat) && guard < sectorCount; guard++) {
    const base = offsetOf(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = bytes.readUInt32LE(base + i * 4);
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = bytes.readUInt32LE(base + perSector * 4);
  }
  if (fatSectors.length === 0 || !fatSectors.every(valid)) return null;
  const entriesPerFatSector = sectorSize / 4;
  const next = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined) return END_OF_CHAIN;
    return bytes.readUInt32LE(offsetOf(fatSector) + (sector % entriesPerFatSector) * 4);
  };

  // the directory chain, each sector holding entries of 128 bytes
  const names: string[] = [];
  let sector = bytes.readUInt32LE(0x30);
  for (let guard = 0; sector !== END_OF_CHAIN; guard++) {
    if (!valid(sector) || guard > sectorCount) return null;
    const base = offsetOf(sector);
    for (let e = 0; e < sectorSize / ENTRY_SIZE; e++) {
      const entry = base + e * ENTRY_SIZE;
      const type = bytes[entry + 0x42];
      const length = bytes.readUInt16LE(entry + 0x40);
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(bytes.toString('utf16le', entry, entry + length - 2));
    }
    sector = next(sector);
  }
  return names;
}

/** True when the names are those of an Office document encrypted with a password to open. */
export function isEncryptedPackage(names: readonly string[]): boolean {
  return names.includes('EncryptionInfo') && names.includes('EncryptedPackage');
}

/** True when the names are those of an Excel 97–2003 (.xls) or older binary workbook. */
export function isLegacyWorkbook(names: readonly string[]): boolean {
  return names.includes('Workbook') || names.includes('Book');
}
