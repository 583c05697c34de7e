#include "AttentionService.h"

#include "Database.h"
#include "RecordRepository.h"
#include "SchoolCalendarStore.h"
#include "domain/KindRegistry.h"
#include "domain/access/Roles.h"

#include <algorithm>

namespace houqin {

AttentionService::AttentionService(Database& db) : m_db(db) {}

Result<AttentionState> AttentionService::evaluate(const AttentionItem& item) const {
    auto calendar = loadSchoolCalendar(m_db);
    if (!calendar)
        return calendar.error();
    return evaluate(item, *calendar);
}

Result<AttentionState> AttentionService::evaluate(const AttentionItem& item,
                                                  const SchoolCalendar& calendar) const {
    const RecordKind* kind = findKind(item.kindKey);
    if (!kind || !kind->filter(item.filterKey))
        return Error::make(
            Error::Code::Usage,
            QStringLiteral("attention item %1 names kind \"%2\" and filter \"%3\", which do not exist")
                .arg(item.key, item.kindKey, item.filterKey),
            QStringLiteral("AttentionService::evaluate"));
    const QDateTime now = m_db.now();
    const QDate today = now.date();
    const KindergartenSettings& settings = m_db.settings();
    const QString label = item.displayLabel(settings);
    if (!item.isActiveAt(now, calendar, settings))
        return AttentionState{&item, 0, false, label};
    // An item about a kind the signed-in user may not see is not theirs: never raised, nothing counted.
    if (m_db.signedIn() && !access::allows(m_db.signedIn()->role, kind->key, access::Action::View))
        return AttentionState{&item, 0, false, label};
    ListQuery q;
    q.filter = item.filterKey;
    if (item.period) {
        const QPair<QDate, QDate> p = item.period(today, calendar);
        if (!p.first.isValid() || !p.second.isValid())
            return AttentionState{&item, 0, false, label};
        q.from = p.first;
        q.to = p.second;
    }
    const RecordRepository repo(m_db, *kind);
    if (!item.campusField.isEmpty()) {
        qint64 campuses = 0;
        for (const QString& campus : m_db.settings().campuses) {
            ListQuery perCampus = q;
            perCampus.equals << qMakePair(item.campusField, QVariant(campus));
            auto n = repo.count(perCampus);
            if (!n)
                return n.error();
            campuses += item.raisedBy(*n);
        }
        return AttentionState{&item, campuses, campuses > 0, label};
    }
    auto n = repo.count(q);
    if (!n)
        return n.error();
    return AttentionState{&item, *n, item.raisedBy(*n), label};
}

Result<QList<AttentionState>> AttentionService::evaluateAll() const {
    // One calendar for all items: two queries, not two per item.
    auto calendar = loadSchoolCalendar(m_db);
    if (!calendar)
        return calendar.error();
    QList<AttentionState> out;
    for (const AttentionItem& item : allAttentionItems()) {
        auto state = evaluate(item, *calendar);
        if (!state)
            return state.error();
        out << *state;
    }
    return out;
}

Result<QList<AttentionState>> AttentionService::raised() const {
    auto all = evaluateAll();
    if (!all)
        return all.error();
    QList<AttentionState> out;
    for (const AttentionState& s : *all)
        if (s.raised)
            out << s;
    std::stable_sort(out.begin(), out.end(), [](const AttentionState& a, const AttentionState& b) {
        return int(a.item->severity) > int(b.item->severity);
    });
    return out;
}

} // namespace houqin
