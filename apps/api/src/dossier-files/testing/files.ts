// Small real files for the tests of uploads, made in memory: no binary fixtures in the repository.
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** A one-page PDF (its text is a comment: enough for a reader, and for the type). */
export function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A 1×1 white PNG, chunk by chunk. */
export function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xff]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The smallest baseline JPEG (1×1 grey), as commonly cited. */
export function jpeg(): Buffer {
  return Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////' +
      'wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  );
}

/** A Windows executable's first bytes (the MZ header), which no dossier takes whatever its name. */
export function exe(): Buffer {
  const header = Buffer.alloc(256, 0);
  header.write('MZ', 0, 'latin1');
  header.writeUInt32LE(0x80, 0x3c); // where the PE header begins
  header.write('PE\0\0', 0x80, 'latin1');
  return header;
}

export interface ZipEntry {
  name: string;
  content: Buffer;
  /** The uncompressed size the headers declare, if they are to lie. */
  declaredSize?: number;
}

/** A zip of these entries, deflated, as office files are. */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = deflateRawSync(entry.content);
    const crc = crc32(entry.content);
    const size = entry.declaredSize ?? entry.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (part: string, type: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  `<Override PartName="${part}" ContentType="${type}"/></Types>`;

/** A Word document whose body inflates to `size` bytes (of spaces: a bomb once large enough). */
export function docx(size: number, declaredSize?: number): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      content: Buffer.from(
        contentTypes('/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
      ),
    },
    { name: 'word/document.xml', content: Buffer.alloc(size, 0x20), declaredSize },
  ]);
}

/** An Excel workbook whose workbook part inflates to `size` bytes, with more parts if given. */
export function xlsx(size: number, more: ZipEntry[] = []): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      content: Buffer.from(contentTypes('/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')),
    },
    { name: 'xl/workbook.xml', content: Buffer.alloc(size, 0x20) },
    ...more,
  ]);
}
