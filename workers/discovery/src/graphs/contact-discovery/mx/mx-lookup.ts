/**
 * What DNS says about a domain's mail:
 * - `mx`: MX records (sorted by preference)
 * - `implicit`: no MX but an A/AAAA record, which RFC 5321 §5.1 treats as the mail host
 * - `null_mx`: the RFC 7505 "0 ." record: the domain accepts no mail
 * - `none`: neither MX nor address records
 * - `nxdomain`: the name does not exist
 * - `error`: the resolver failed or answered garbage; mail acceptance is unknown
 */
export type MxStatus = "mx" | "implicit" | "null_mx" | "none" | "nxdomain" | "error";

export interface MxHost {
  readonly preference: number;
  readonly host: string;
}

export interface MxLookup {
  readonly status: MxStatus;
  readonly hosts: MxHost[];
  /** Whether mail to the domain can be delivered at all; null when unknown (`error`). */
  readonly accepts_mail: boolean | null;
  readonly detail: string | null;
}

/**
 * A lookup result from its status.
 *
 * @example
 * mxLookup("nxdomain"); // { status: "nxdomain", hosts: [], accepts_mail: false, detail: null }
 */
export function mxLookup(status: MxStatus, hosts: MxHost[] = [], detail: string | null = null): MxLookup {
  const accepts_mail = status === "error" ? null : status === "mx" || status === "implicit";
  return { status, hosts, accepts_mail, detail };
}
