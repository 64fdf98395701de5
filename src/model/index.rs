//! The responsibility index of a parse: for every unit named in a
//! responsible-unit list, the clauses it is responsible for.

use serde::{Deserialize, Serialize};

use super::{Clause, Gazette};
use crate::units::Responsibility;

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
        // Two passes over the lists: the first finds each unit's entry and
        // counts the clauses that name it, so that the second fills
        // vectors of their final size (the index is kept with the parse).
        let mut out: Vec<UnitResponsibilities> = Vec::new();
        let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut counts: Vec<usize> = Vec::new();
        // The entry of each unit named, in reading order.
        let mut entries: Vec<usize> = Vec::new();
        // The lists, each with its clause, walked twice.
        let lists: Vec<(&Clause, &Responsibility)> = self
            .documents()
            .flat_map(|d| d.each_clause().flat_map(|c| c.responsibilities.iter().map(move |l| (c, l))))
            .collect();
        for &(_, list) in &lists {
            for unit in &list.units {
                let i = *at.entry(unit).or_insert_with(|| {
                    out.push(UnitResponsibilities { unit: unit.clone(), clauses: Vec::new() });
                    counts.push(0);
                    out.len() - 1
                });
                counts[i] += 1;
                entries.push(i);
            }
        }
        out.shrink_to_fit();
        for (u, &n) in out.iter_mut().zip(&counts) {
            u.clauses.reserve_exact(n);
        }
        let mut entries = entries.into_iter();
        for &(c, list) in &lists {
            for (k, unit) in list.units.iter().enumerate() {
                let Some(i) = entries.next() else { break };
                let lead = list.lead.contains(unit);
                let clauses = &mut out[i].clauses;
                match clauses.last_mut().filter(|r| r.clause == c.id) {
                    Some(r) => {
                        r.lead |= lead;
                        if r.role.is_none() {
                            r.role = list.roles.get(k).filter(|r| !r.is_empty()).cloned();
                        }
                    }
                    None => {
                        let role = list.roles.get(k).filter(|r| !r.is_empty()).cloned();
                        clauses.push(UnitRole { clause: c.id.clone(), lead, role });
                    }
                }
            }
        }
        // A unit named twice in one clause leaves room for one entry.
        for u in &mut out {
            u.clauses.shrink_to_fit();
        }
        out
    }
}
