import { createHash } from 'node:crypto';

/**
 * What an inspection code binds (A5), in a compact binary form (61 bytes), so the signed text fits a QR code
 * a phone reads at a factory gate. The digest covers departments, items, officers and approver.
 */
export interface CodePayload {
  inspectionId: string;
  codeVersion: number;
  uscc: string;
  windowStart: Date;
  windowEnd: Date;
  digest: string; // 32 hex chars
}

export interface BoundContent {
  departmentIds: string[];
  itemIds: string[];
  officerIds: string[];
  approvedBy: string;
}

const FORMAT = 1;
export const PAYLOAD_BYTES = 61;

export function contentDigest(c: BoundContent): string {
  const canonical = JSON.stringify([
    [...c.departmentIds].sort(),
    [...c.itemIds].sort(),
    [...c.officerIds].sort(),
    c.approvedBy,
  ]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

export function encodePayload(p: CodePayload): Buffer {
  const b = Buffer.alloc(PAYLOAD_BYTES);
  b.writeUInt8(FORMAT, 0);
  Buffer.from(p.inspectionId.replace(/-/g, ''), 'hex').copy(b, 1);
  b.writeUInt16BE(p.codeVersion, 17);
  b.write(p.uscc.padEnd(18, ' '), 19, 18, 'ascii');
  b.writeUInt32BE(Math.floor(p.windowStart.getTime() / 1000), 37);
  b.writeUInt32BE(Math.floor(p.windowEnd.getTime() / 1000), 41);
  Buffer.from(p.digest, 'hex').copy(b, 45);
  return b;
}

export function decodePayload(b: Buffer): CodePayload | null {
  if (b.length !== PAYLOAD_BYTES || b.readUInt8(0) !== FORMAT) return null;
  const hex = b.subarray(1, 17).toString('hex');
  const inspectionId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return {
    inspectionId,
    codeVersion: b.readUInt16BE(17),
    uscc: b.toString('ascii', 19, 37).trim(),
    windowStart: new Date(b.readUInt32BE(37) * 1000),
    windowEnd: new Date(b.readUInt32BE(41) * 1000),
    digest: b.subarray(45, 61).toString('hex'),
  };
}
