//! The responsibility index of a parse: for every unit named in a
//! responsible-unit list, the clauses it is responsible for.

use serde::{Deserialize, Serialize};

use super::Gazette;

/// A unit and the clauses whose responsible-unit lists name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnitResponsibilities {
    /// The unit as the lists print it, layout spaces removed
    /// (市卫生健康委（市中医药管理局）).
    pub unit: String,
    /// The clauses, in reading order, each once.
    pub clauses: Vec<UnitRole>,
}

/// One clause a unit is responsible for, and its role there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UnitRole {
    /// The clause's id.
    pub clause: String,
    /// Whether the clause names the unit as leading (牵头, or first of a
    /// list the text says is led by its first unit).
    pub lead: bool,
    /// The role verb or label the list gives the unit (负责, 牵头, 参与,
    /// 配合单位), when it gives one.
    pub role: Option<String>,
}

impl Gazette {
    /// For every unit named in any responsible-unit list of the parse, the
    /// clauses it is responsible for (by id) and its role in each; units in
    /// the order they are first named, clauses in reading order. A unit
    /// named twice in one clause is listed once there, leading when either
    /// names it so. The JSON carries it as `responsibility_index`.
    ///
    /// ```
    /// let text = "一、推进改革。（责任单位：市发展改革委、市财政局）\n二、加强保障。（市财政局牵头，各区政府负责）";
    /// let g = gongbao::parse(text);
    /// let index = g.responsibility_index();
    /// let finance = index.iter().find(|u| u.unit == "市财政局").unwrap();
    /// let roles: Vec<(&str, bool)> = finance.clauses.iter().map(|r| (r.clause.as_str(), r.lead)).collect();
    /// assert_eq!(roles, [("d1/1", false), ("d1/2", true)]);
    /// assert_eq!(index[0].unit, "市发展改革委");
    /// assert_eq!(g.responsibility_index, index);
    /// ```
    pub fn responsibility_index(&self) -> Vec<UnitResponsibilities> {
        let mut out: Vec<UnitResponsibilities> = Vec::new();
        let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for d in self.documents() {
            for c in d.each_clause() {
                for list in &c.responsibilities {
                    for (k, unit) in list.units.iter().enumerate() {
                        let i = *at.entry(unit).or_insert_with(|| {
                            out.push(UnitResponsibilities { unit: unit.clone(), clauses: Vec::new() });
                            out.len() - 1
                        });
                        let lead = list.lead.contains(unit);
                        let role = list.roles.get(k).filter(|r| !r.is_empty()).cloned();
                        let clauses = &mut out[i].clauses;
                        match clauses.last_mut().filter(|r| r.clause == c.id) {
                            Some(r) => {
                                r.lead |= lead;
                                r.role = r.role.take().or(role);
                            }
                            None => clauses.push(UnitRole { clause: c.id.clone(), lead, role }),
                        }
                    }
                }
            }
        }
        // The index is kept with the parse: no room to grow.
        for u in &mut out {
            u.clauses.shrink_to_fit();
        }
        out.shrink_to_fit();
        out
    }
}
