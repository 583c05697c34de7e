#pragma once

#include "Issue.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace houqin {

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

    static QString defaultCampus();

    // Serialised as key -> text, the form the settings table stores.
    QMap<QString, QString> toMap() const;
    // Unknown keys are ignored; unparsable values keep the default and are reported.
    static KindergartenSettings fromMap(const QMap<QString, QString>& map, Issues* problems = nullptr);
    Issues validate() const;
    bool isConfigured() const { return !name.trimmed().isEmpty(); }

    bool operator==(const KindergartenSettings&) const = default;
};

namespace settingkey {
inline const QString kName = QStringLiteral("kindergarten.name");
inline const QString kCampuses = QStringLiteral("kindergarten.campuses");
inline const QString kSemesterStart = QStringLiteral("semester.start");
inline const QString kMinSampleWeight = QStringLiteral("canteen.sample.min_weight_g");
inline const QString kHoldHours = QStringLiteral("canteen.sample.hold_hours");
inline const QString kFridgeMin = QStringLiteral("canteen.sample.fridge_min_c");
inline const QString kFridgeMax = QStringLiteral("canteen.sample.fridge_max_c");
} // namespace settingkey

} // namespace houqin
