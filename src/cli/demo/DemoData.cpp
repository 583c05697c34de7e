#include "DemoData.h"

#include "domain/KindRegistry.h"
#include "domain/Translations.h"
#include "domain/safety/Checklists.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace houqin::demo {

bool Context::isSchoolDay(QDate d) const {
    if (d.dayOfWeek() > 5)
        return false;
    const int m = d.month(), day = d.day();
    if ((m == 7 && day > 10) || m == 8)
        return false; // summer holiday
    if ((m == 1 && day > 20) || (m == 2 && day < 18))
        return false; // winter holiday and Spring Festival
    if (m == 10 && day <= 7)
        return false; // National Day week
    return true;
}

QString Context::text(const char* source) const {
    return i18n::translateIn(language, "Demo", source);
}

QList<QDate> Context::schoolDays() const {
    QList<QDate> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        if (isSchoolDay(d))
            days << d;
    return days;
}

namespace {
KindergartenSettings demoSettings(const KindergartenSettings& current, QDate today, const QString& language) {
    KindergartenSettings s = current;
    if (!s.isConfigured()) {
        s.name = i18n::translateIn(language, "Demo", QT_TRANSLATE_NOOP("Demo", "Sunshine Demo Kindergarten"));
        s.campuses = {i18n::translateIn(language, "Demo", QT_TRANSLATE_NOOP("Demo", "Binhao campus")),
                      i18n::translateIn(language, "Demo", QT_TRANSLATE_NOOP("Demo", "Xingang campus"))};
    }
    if (s.assetCodePrefixes.isEmpty() && s.campuses.size() == 2)
        s.assetCodePrefixes = {s.campuses.at(0) + QStringLiteral("=BH"),
                               s.campuses.at(1) + QStringLiteral("=XG")};
    if (!s.semesterStart.isValid()) {
        // The autumn term starts on 1 September, the spring term around 20 February.
        const int year = today.month() >= 9 ? today.year() : today.year() - (today.month() < 2 ? 1 : 0);
        s.semesterStart =
            (today.month() >= 3 && today.month() < 9) ? QDate(today.year(), 2, 20) : QDate(year, 9, 1);
    }
    return s;
}
} // namespace

Result<Summary> generate(Database& db, const Options& options, const Actor& who) {
    if (options.years < 1 || options.years > 30)
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("Demo", "--years must be between 1 and 30."));
    for (const RecordKind* kind : allKinds()) {
        // The checklists' template comes with every new database (migration 0007): not the user's records.
        if (kind == &safety::checklistItemsKind())
            continue;
        auto n = RecordRepository(db, *kind).count();
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::make(
                Error::Code::Usage,
                QCoreApplication::translate("Demo", "The database already holds %1. Demo data goes only "
                                                    "into a database without records; use --db NEW_FILE.")
                    .arg(kind->displayLabel()));
    }
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s =
            SettingsStore::save(db, demoSettings(db.settings(), db.now().date(), options.language), who);
        !s)
        return s.error();
    Context ctx{db,
                QRandomGenerator(options.seed),
                who,
                db.now().date().addYears(-options.years),
                db.now().date(),
                {},
                {},
                {},
                {},
                {},
                {},
                options.language};
    Summary summary;
    constexpr int kParts = 13; // staff, samples, three canteen parts, the plan, seven safety parts
    int parts = 0;
    const auto step = [&] {
        if (options.progress)
            options.progress(++parts, kParts);
    };
    auto staff = generateStaff(ctx);
    if (!staff)
        return staff.error();
    summary.insert(QStringLiteral("staff"), *staff);
    step();
    auto samples = generateFoodSamples(ctx);
    if (!samples)
        return samples.error();
    summary.insert(QStringLiteral("food-samples"), *samples);
    step();
    for (auto* canteenPart : {&generateCanteenHealth, &generateCanteenLife, &generateCanteenSupply}) {
        auto part = canteenPart(ctx);
        if (!part)
            return part.error();
        summary.insert(*part);
        step();
    }
    auto plan = generatePlan(ctx);
    if (!plan)
        return plan.error();
    summary.insert(QStringLiteral("semesters"), plan->semesters);
    summary.insert(QStringLiteral("plan-tasks"), plan->tasks);
    step();
    for (auto* safetyPart : {&generateSafety, &generateSafetyDaily, &generatePatrols, &generateAssets,
                             &generatePurchases, &generateFacilities, &generateStaffTraining}) {
        auto part = safetyPart(ctx);
        if (!part)
            return part.error();
        // Added up: the patrols' problems add hazards to the safety module's.
        for (auto it = part->cbegin(); it != part->cend(); ++it)
            summary[it.key()] += it.value();
        step();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace houqin::demo
