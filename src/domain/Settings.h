#pragma once

#include "Issue.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace houqin {

// One item of the monthly appraisal's rubric (月考核细则): its name and its weight in percent.
struct RubricItem {
    QString name;
    double weight = 0;
    bool operator==(const RubricItem&) const = default;
};

// The kindergarten's own settings, kept in the database's settings table (not per PC).
// Every rule threshold the domain uses is here, so a kindergarten with stricter local rules can change it.
struct KindergartenSettings {
    QString name;
    QStringList campuses{defaultCampus()};
    QDate semesterStart;
    double minSampleWeightG = 125.0; // 留样 minimum weight per dish
    int sampleHoldHours = 48;        // 留样 hold time
    double fridgeMinC = 0.0;         // sample fridge range; outside it is a warning
    double fridgeMaxC = 8.0;
    // 食堂与保健: the canteen and health module's thresholds.
    double pesticideThresholdPct = 50.0; // 农残快检: an inhibition rate at or above this is positive
    int certificateWarningDays = 30;     // 健康证: warn this many days before a certificate expires
    int licenceWarningDays = 30;         // 供应商: warn this many days before a licence expires
    double feverThresholdC = 37.3;       // 晨检: a temperature at or above this is fever
    double accountsTolerancePct = 2.0;   // 伙食收支: the semester's surplus or deficit limit, % of income
    // 安全: what the gate checks of each visitor besides the temperature (健康码, 疫苗接种…); none by
    // default.
    QStringList visitorChecks;
    // 队伍建设: the three daily walk-throughs (一日三巡). Round n is due by patrolRoundTimes[n - 1]: the
    // dashboard asks for the first round after 10:00, the second after 14:00, the third after 17:00.
    // Strictly increasing.
    QList<QTime> patrolRoundTimes{QTime(10, 0), QTime(14, 0), QTime(17, 0)};
    // 队伍建设: the monthly exam's pass mark (a score at or above it passes), the appraisal rubric (the
    // weights total 100%) and the appraisal grades' lower limits (优秀, 良好, 合格; below the last is
    // 不合格).
    double examPassMark = 60.0;
    QList<RubricItem> appraisalRubric = defaultRubric();
    double gradeExcellent = 90.0;
    double gradeGood = 80.0;
    double gradePass = 60.0;
    // Every date a record holds must be plausible: from 1 January of earliestYear to latestYearsAhead years
    // after today. 1900-01-01 or 9999-12-31 is a typing error, not a record.
    int earliestYear = 1950;
    // 资产: a unit price at or above the threshold makes an asset a fixed asset (固定资产), below it a
    // low-value consumable (低值易耗品); special equipment (专用设备) has its own, higher threshold. In fen.
    qint64 fixedAssetThresholdFen = 100000;
    qint64 specialEquipmentThresholdFen = 150000;
    // The prefix of asset codes per campus, as lines "campus=prefix" ("滨豪校区=BH"). A campus without one
    // gets "A" and its position in the campus list (A1, A2...), see assetCodePrefix().
    QStringList assetCodePrefixes;
    // The teaching weeks in which every campus counts its assets (资产清点): weeks 5 and 20 by the plan.
    QList<int> stocktakeWeeks{5, 20};
    int latestYearsAhead = 10;
    // When the dashboard starts to remind (the attention items' windows), each module's in its own words.
    // 安全: a drill from this month of each quarter (1-3; at least one drill a quarter), the responsibility
    // agreements from this teaching week, this month's safety education from this day of the month.
    int drillRemindFromQuarterMonth = 2;
    int agreementsRemindFromWeek = 2;
    int educationRemindFromDay = 20;
    // 队伍建设: study is due within this many days of the last session (fortnightly: 14), the month's exam is
    // reminded in the month's last this-many days, the appraisals from this day of the month.
    int studyIntervalDays = 14;
    int examRemindLastDays = 7;
    int appraisalRemindFromDay = 25;
    // 资产: an urgent repair not dispatched after this many days, any repair not done after this many days,
    // and every loan still out from this teaching week (the plan has them back in week 20).
    int urgentRepairWaitDays = 1;
    int repairOpenDays = 7;
    int loansReturnFromWeek = 19;
    // 食堂: the month's account is published from this day of the next month (once the books are closed),
    // next week's menu is asked for from this weekday (1 = Monday ... 7 = Sunday).
    int accountsRemindFromDay = 6;
    int menuRemindFromWeekday = 4;
    // The window locks after this many minutes without keyboard or mouse input (the shared office PC).
    int lockAfterMinutes = 15;

    static QString defaultCampus();
    // The asset code prefix of a campus: its entry in assetCodePrefixes, else "A" + its 1-based position in
    // campuses (A1 for an unknown campus too).
    QString assetCodePrefix(const QString& campus) const;
    // 出勤纪律 20%, 岗位职责 30%, 卫生保育 30%, 服务态度 20%.
    static QList<RubricItem> defaultRubric();
    // The rubric as the settings table and the Settings dialog hold it: one "name=weight" a line.
    static QString rubricText(const QList<RubricItem>& rubric);
    // Parses rubricText(); a line it cannot read is reported in problems (keyed kAppraisalRubric).
    static QList<RubricItem> parseRubric(const QString& text, Issues* problems = nullptr);
    // Teaching weeks as typed ("5,20", "5、20", "第5周 第20周"); empty when a part is not a week.
    static std::optional<QList<int>> parseWeeks(const QString& text);
    static QString weeksText(const QList<int>& weeks); // "5,20"

    // Serialised as key -> text, the form the settings table stores.
    QMap<QString, QString> toMap() const;
    // Unknown keys are ignored; unparsable values keep the default and are reported.
    static KindergartenSettings fromMap(const QMap<QString, QString>& map, Issues* problems = nullptr);
    Issues validate() const;
    // The plausible range of any date in a record (see earliestYear); an invalid `today` leaves no upper end.
    QDate earliestDate() const { return QDate(earliestYear, 1, 1); }
    QDate latestDate(QDate today) const {
        return today.isValid() ? today.addYears(latestYearsAhead) : QDate();
    }
    bool isConfigured() const { return !name.trimmed().isEmpty(); }

    bool operator==(const KindergartenSettings&) const = default;
};

// The rubric's own checks (names, weights above 0, weights totalling 100%); part of validate().
Issues validateRubric(const QList<RubricItem>& rubric);

namespace settingkey {
inline const QString kName = QStringLiteral("kindergarten.name");
inline const QString kCampuses = QStringLiteral("kindergarten.campuses");
inline const QString kSemesterStart = QStringLiteral("semester.start");
inline const QString kMinSampleWeight = QStringLiteral("canteen.sample.min_weight_g");
inline const QString kHoldHours = QStringLiteral("canteen.sample.hold_hours");
inline const QString kFridgeMin = QStringLiteral("canteen.sample.fridge_min_c");
inline const QString kFridgeMax = QStringLiteral("canteen.sample.fridge_max_c");
inline const QString kPesticideThreshold = QStringLiteral("canteen.pesticide.threshold_pct");
inline const QString kCertificateWarningDays = QStringLiteral("canteen.certificate.warning_days");
inline const QString kLicenceWarningDays = QStringLiteral("canteen.supplier.licence_warning_days");
inline const QString kFeverThreshold = QStringLiteral("canteen.morning_check.fever_c");
inline const QString kAccountsTolerance = QStringLiteral("canteen.accounts.tolerance_pct");
inline const QString kVisitorChecks = QStringLiteral("safety.visitor_checks");
// "staff.patrol.round1_after" ... "round3_after", as HH:mm.
inline QString patrolRoundTime(int round) {
    return QStringLiteral("staff.patrol.round%1_after").arg(round);
}
inline const QString kFixedAssetThreshold = QStringLiteral("assets.fixed_threshold_fen");
inline const QString kSpecialEquipmentThreshold = QStringLiteral("assets.special_threshold_fen");
inline const QString kAssetCodePrefixes = QStringLiteral("assets.code_prefixes");
inline const QString kStocktakeWeeks = QStringLiteral("assets.stocktake_weeks"); // "5,20"
inline const QString kExamPassMark = QStringLiteral("training.exam.pass_mark");
inline const QString kAppraisalRubric = QStringLiteral("training.appraisal.rubric");
inline const QString kGradeExcellent = QStringLiteral("training.appraisal.excellent");
inline const QString kGradeGood = QStringLiteral("training.appraisal.good");
inline const QString kGradePass = QStringLiteral("training.appraisal.pass");
inline const QString kDrillRemindFromQuarterMonth = QStringLiteral("safety.drill.remind_from_quarter_month");
inline const QString kAgreementsRemindFromWeek = QStringLiteral("safety.agreements.remind_from_week");
inline const QString kEducationRemindFromDay = QStringLiteral("safety.education.remind_from_day");
inline const QString kStudyIntervalDays = QStringLiteral("training.study.interval_days");
inline const QString kExamRemindLastDays = QStringLiteral("training.exam.remind_last_days");
inline const QString kAppraisalRemindFromDay = QStringLiteral("training.appraisal.remind_from_day");
inline const QString kUrgentRepairWaitDays = QStringLiteral("assets.repairs.urgent_wait_days");
inline const QString kRepairOpenDays = QStringLiteral("assets.repairs.open_days");
inline const QString kLoansReturnFromWeek = QStringLiteral("assets.loans.return_from_week");
inline const QString kAccountsRemindFromDay = QStringLiteral("canteen.accounts.remind_from_day");
inline const QString kMenuRemindFromWeekday = QStringLiteral("canteen.menu.remind_from_weekday");
inline const QString kLockAfterMinutes = QStringLiteral("security.lock_minutes");
inline const QString kEarliestYear = QStringLiteral("records.earliest_year");
inline const QString kLatestYearsAhead = QStringLiteral("records.latest_years_ahead");
// Not a kindergarten setting: the database's own random identity (a UUID), written once by Database::open
// and never changed. Exports carry it so that an import can tell its own records from another file's.
inline const QString kDatabaseId = QStringLiteral("database.id");
} // namespace settingkey

} // namespace houqin
