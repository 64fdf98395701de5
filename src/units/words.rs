//! The word lists of responsible-unit lists: role verbs, conjunctions,
//! collectives, levels of government, organ suffixes. Kept together so that
//! they can move into a crate-wide lexicon as one piece.

/// Role verbs that end an unlabeled clause (`商务部负责`), possibly chained
/// (`牵头负责`).
pub(super) const ROLE_VERBS: [&str; 7] = ["负责", "牵头", "参与", "指导", "配合", "落实", "协助"];
/// Adverbs that may stand before a role verb chain (`按职责分工负责`).
pub(super) const ROLE_ADVERBS: [&str; 6] = ["按职责分工", "按职责", "依职责", "分别", "共同", "各自"];
/// Conjunctions that may separate two units (after 等, before a collective).
pub(super) const CONJUNCTIONS: [&str; 4] = ["以及", "和", "与", "及"];
/// Words that make a collective of bodies (`各区政府`, `有关部门`).
pub(super) const COLLECTIVES: [&str; 5] = ["各", "有关", "相关", "其他", "其它"];
/// Generic organ nouns that a terminating 等 may summarise (`等部门`).
pub(super) const GENERIC_NOUNS: [&str; 6] = ["部门", "单位", "机构", "机关", "方面", "部委"];
/// Levels of government that qualify a collective after 等 (`市有关部门`).
pub(super) const LEVEL_WORDS: [&str; 8] = ["国家", "中央", "省", "市", "区", "县", "乡", "镇"];
/// What may follow a level word before the collective (`省直`, `市级`,
/// `市属`, `市政府有关部门`).
pub(super) const LEVEL_SUFFIXES: [&str; 4] = ["直", "级", "属", "政府"];
/// Function characters of a sentence, never in an unlabeled agency name.
pub(super) const STOP_CHARS: [char; 12] = ['由', '的', '将', '把', '被', '在', '从', '以', '按', '需', '均', '是'];
/// Clauses that are notes on the list, not units (`下同`).
pub(super) const NOTE_PHRASES: [&str; 4] = ["下同", "同上", "不再列出", "不再一一列出"];
/// Marks in brackets after a name that make it the lead (`（牵头）`).
pub(super) const LEAD_MARKS: [&str; 3] = ["牵头", "牵头单位", "牵头部门"];
/// Last characters of agency names (政府 ends in 府).
pub(super) const ORGAN_CHARS: &str = "部委局办厅署会院行社联府处室组司所站队团庭馆校军";
/// Last words of agency names whose last character alone says too little.
pub(super) const ORGAN_WORDS: [&str; 6] = ["中央", "中心", "单位", "部门", "机关", "机构"];
