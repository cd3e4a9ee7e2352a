fn main() {
    let loaded = steppe::corpus::load_builtin();
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    for r in &loaded.corpus.reports {
        println!(
            "=== {} | {} | sub={:?} | {:?} | {:?} | {:?} | {:?}",
            r.id, r.title, r.subtitle, r.author, r.date, r.publisher_short, r.countries
        );
        for s in &r.sections {
            println!("  ## {:?}", s.heading);
            for i in &s.items {
                let t: String = i.text.chars().take(70).collect();
                println!(
                    "    {} {:?} {:?} {:?} {:?} fn={:?} | {}",
                    i.id, i.kind, i.addressee, i.countries, i.themes, i.footnotes, t
                );
            }
        }
        println!(
            "  footnotes: {:?}",
            r.footnotes.iter().map(|f| &f.label).collect::<Vec<_>>()
        );
    }
}
