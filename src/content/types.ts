/** The structured form of a NeRDS principle page. */
import type { Lang } from '../lib/i18n.js';
import type { Priority, RoleKey } from './roles.js';

export type SectionKind = 'why' | 'how' | 'tools' | 'related' | 'standards' | 'other';

export interface Subsection {
  title: string;
  markdown: string;
}

export interface Section {
  title: string;
  kind: SectionKind;
  /** The section's Markdown, without raw HTML and without role tabs. */
  markdown: string;
  subsections: Subsection[];
}

export interface ActionCard {
  name: string;
  description: string;
  /** Status key from the badge class: beschikbaar, ontwikkeling, concept, ... */
  status: string;
  /** The badge text as shown on the page (language of the page). */
  statusLabel: string;
  link: string | null;
  action: string | null;
}

export interface TabPart {
  /** The bold label that opens the part ("Stappen", "Template business case"), or "" for text before any label. */
  title: string;
  markdown: string;
}

export interface Template {
  /** The label, such as "Template contractclausule". */
  title: string;
  language: string;
  text: string;
}

export interface RoleTab {
  /** The tab title as written, such as "CXO/Bestuurder". */
  title: string;
  role: RoleKey | null;
  /** The first heading inside the tab, if any. */
  heading: string | null;
  /** The tab's Markdown, de-indented. */
  markdown: string;
  parts: TabPart[];
  templates: Template[];
}

export interface RelatedPrinciple {
  number: number | null;
  title: string;
  slug: string | null;
  href: string;
}

export interface RolePriority {
  role: RoleKey;
  priority: Priority;
}

export interface Principle {
  slug: string;
  lang: Lang;
  number: number | null;
  title: string;
  summary: string;
  relations: string[];
  roles: RolePriority[];
  intro: string;
  sections: Section[];
  cards: ActionCard[];
  tabs: RoleTab[];
  related: RelatedPrinciple[];
}
