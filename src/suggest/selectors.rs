//! Selectors for a block: the simplest item selector that matches exactly
//! its elements, and the relative selectors (title, link, date, summary)
//! that pick the same part in most items.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Selector};

use super::blocks::{stable_classes, stable_id, usable_ident, HEADINGS};
use crate::extract;

/// The simplest selector that matches exactly the group's elements on the
/// page (else the one matching the fewest others besides them).
pub(super) fn item_selector(
    doc: &Html,
    els: &[ElementRef],
    ids: &HashSet<NodeId>,
) -> Option<(String, usize)> {
    let first = *els.first()?;
    let own = forms(first);
    let parent = first.parent().and_then(ElementRef::wrap);
    let parent_forms = parent.map(anchor_forms).unwrap_or_default();
    let grand = parent.and_then(|p| p.parent()).and_then(ElementRef::wrap);
    let grand_forms = grand.map(anchor_forms).unwrap_or_default();
    // A bare tag (`li`) matches whatever the page adds next: named forms first.
    let (named_own, bare_own): (Vec<String>, Vec<String>) =
        own.iter().cloned().partition(|f| f.contains('.'));
    let mut tries: Vec<String> = named_own;
    for p in parent_forms.iter().filter(|p| p.contains(['.', '#'])) {
        for o in &own {
            tries.push(format!("{p} > {o}"));
        }
    }
    tries.extend(bare_own);
    for p in &parent_forms {
        for o in &own {
            tries.push(format!("{p} > {o}"));
        }
    }
    for g in grand_forms.iter().take(3) {
        for p in parent_forms.iter().take(3) {
            for o in own.iter().take(2) {
                tries.push(format!("{g} > {p} > {o}"));
            }
        }
    }
    if let Some((id, depth)) = first
        .ancestors()
        .filter_map(ElementRef::wrap)
        .enumerate()
        .find_map(|(i, a)| stable_id(a).map(|id| (id, i)))
    {
        if depth >= 2 {
            for o in own.iter().take(2) {
                tries.push(format!("#{id} {o}"));
            }
        }
    }
    // The list right after its heading ("<h2 id=articles>" + "<ul>").
    if let (Some(p), Some(pf)) = (parent, parent_forms.last()) {
        if let Some(prev) = p.prev_siblings().filter_map(ElementRef::wrap).next() {
            for prev_form in anchor_forms(prev).iter().take(2) {
                for o in own.iter().take(2) {
                    tries.push(format!("{prev_form} + {pf} > {o}"));
                }
            }
        }
    }
    // Told apart by what each item holds: `li:has(time)`.
    for h in shared_inner_forms(els).iter().take(4) {
        for o in own.iter().take(2) {
            tries.push(format!("{o}:has({h})"));
            for p in parent_forms.iter().take(2) {
                tries.push(format!("{p} > {o}:has({h})"));
            }
        }
    }
    let mut best: Option<(String, usize, usize)> = None; // (selector, matched, extra)
    let mut seen = HashSet::new();
    for t in tries {
        if !seen.insert(t.clone()) {
            continue;
        }
        let Ok(sel) = Selector::parse(&t) else {
            continue;
        };
        let matched: Vec<NodeId> = doc.select(&sel).map(|e| e.id()).collect();
        let hit = matched.iter().filter(|id| ids.contains(id)).count();
        if hit < ids.len() {
            continue;
        }
        let extra = matched.len() - hit;
        if extra == 0 {
            return Some((t, matched.len()));
        }
        if best.as_ref().is_none_or(|(_, _, e)| extra < *e) {
            best = Some((t, matched.len(), extra));
        }
    }
    best.map(|(s, m, _)| (s, m))
}

/// Ways to write an element as one compound selector, the most specific last:
/// `li.news`, `li.item`, `li.item.news`, then `li`.
pub(super) fn forms(el: ElementRef) -> Vec<String> {
    let tag = el.value().name();
    let classes = stable_classes(el);
    let mut v: Vec<String> = classes.iter().map(|c| format!("{tag}.{c}")).collect();
    if classes.len() > 1 {
        v.push(format!("{tag}.{}", classes.join(".")));
    }
    v.push(tag.to_string());
    v
}

/// Like [`forms`], with the element's id first when it looks stable.
pub(super) fn anchor_forms(el: ElementRef) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(id) = stable_id(el) {
        v.push(format!("#{id}"));
    }
    v.extend(forms(el));
    v
}

/// Compound selectors of descendants that every element holds: `time`,
/// `h3`, `span.date`.
pub(super) fn shared_inner_forms(els: &[ElementRef]) -> Vec<String> {
    let mut shared: Option<Vec<String>> = None;
    for el in els {
        let mine: HashSet<String> = el
            .descendent_elements()
            .skip(1)
            .flat_map(|d| {
                let mut f = forms(d);
                if f.len() > 1 {
                    f.pop(); // the bare tag, unless it is all there is
                }
                f
            })
            .collect();
        shared = Some(match shared {
            None => {
                let mut v: Vec<String> = mine.into_iter().collect();
                v.sort();
                v
            }
            Some(prev) => prev.into_iter().filter(|f| mine.contains(f)).collect(),
        });
    }
    let mut v = shared.unwrap_or_default();
    // `time` and headings say most about an item; then classes.
    v.sort_by_key(|f| {
        (
            !(f == "time" || HEADINGS.contains(&f.as_str())),
            !f.contains('.'),
            f.len(),
        )
    });
    v
}

/// The selector, relative to each item, whose first match is the target in
/// the most items (ties: the shortest). `None` when it finds the target in
/// fewer than 60 % of the items that have one.
pub(super) fn relative_pick(
    items: &[ElementRef],
    targets: &[Option<ElementRef>],
) -> Option<(String, usize)> {
    let total = targets.iter().flatten().count();
    if total == 0 {
        return None;
    }
    let mut tries: Vec<String> = Vec::new();
    for (item, target) in items
        .iter()
        .zip(targets)
        .filter_map(|(i, t)| t.map(|t| (i, t)))
        .take(3)
    {
        if target.id() == item.id() {
            tries.push(":scope".into());
            continue;
        }
        let own = forms(target);
        tries.extend(own.iter().cloned());
        if let Some(prop) = target.value().attr("itemprop").filter(|p| usable_ident(p)) {
            tries.push(format!("[itemprop={prop}]"));
        }
        if let Some(parent) = target
            .parent()
            .and_then(ElementRef::wrap)
            .filter(|p| p.id() != item.id())
        {
            for pf in forms(parent).iter().take(2) {
                for o in own.iter().take(2) {
                    tries.push(format!("{pf} > {o}"));
                    tries.push(format!("{pf} {o}"));
                }
            }
        }
        if let Some(h) = target
            .ancestors()
            .filter_map(ElementRef::wrap)
            .take_while(|a| a.id() != item.id())
            .find(|a| HEADINGS.contains(&a.value().name()))
        {
            tries.push(format!("{} {}", h.value().name(), target.value().name()));
        }
    }
    let mut best: Option<(String, usize)> = None;
    let mut seen = HashSet::new();
    for t in tries {
        if !seen.insert(t.clone()) {
            continue;
        }
        let agree = if t == ":scope" {
            items
                .iter()
                .zip(targets)
                .filter(|(i, t)| t.is_some_and(|t| t.id() == i.id()))
                .count()
        } else {
            let Ok(sel) = Selector::parse(&t) else {
                continue;
            };
            items
                .iter()
                .zip(targets)
                .filter(|(i, t)| {
                    t.is_some_and(|t| i.select(&sel).next().is_some_and(|f| f.id() == t.id()))
                })
                .count()
        };
        // A class says what an element is; a bare tag only where it is.
        let named = |s: &str| s.contains(['.', '[']) || s == "time" || HEADINGS.contains(&s);
        let better = match &best {
            None => true,
            Some((b, n)) => {
                agree > *n
                    || (agree == *n
                        && (named(&t), std::cmp::Reverse(t.len()))
                            > (named(b), std::cmp::Reverse(b.len())))
            }
        };
        if better {
            best = Some((t, agree));
        }
    }
    best.filter(|(_, n)| *n * 10 >= total * 6)
}

pub(super) fn text_of(e: ElementRef) -> String {
    extract::normalize_ws(&e.text().collect::<String>())
}
