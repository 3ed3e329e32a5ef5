#include "models/ProjectField.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The field table is the single description of UpdateProjectById: check it is complete and coherent.
class TestFieldTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedFieldIsDescribed()
    {
        const QStringList documented{u"created"_s,
                                     u"name"_s,
                                     u"code"_s,
                                     u"groups"_s,
                                     u"startDate"_s,
                                     u"endDate"_s,
                                     u"scoringSystem"_s,
                                     u"isOnHold"_s,
                                     u"isOnHoldReason"_s,
                                     u"organization_code"_s,
                                     u"vulnerability_code"_s,
                                     u"team_notifications"_s,
                                     u"admin_notifications"_s,
                                     u"start_stop_testing_email"_s,
                                     u"start_stop_testing_email_additional_recipients"_s,
                                     u"new_vulnerability_email_type"_s,
                                     u"new_vulnerability_email"_s,
                                     u"new_vulnerability_email_additional_recipients"_s,
                                     u"forced_emails"_s,
                                     u"sla_activation"_s,
                                     u"executive_summary"_s,
                                     u"custom_fields"_s,
                                     u"reporting_custom_fields"_s,
                                     u"summary_custom_fields"_s,
                                     u"portfolio_streams"_s,
                                     u"features"_s,
                                     u"pages"_s};
        for (const QString& key : documented)
            QVERIFY2(ProjectFields::find(key), qPrintable(key));
        QCOMPARE(ProjectFields::all().size(), documented.size());
    }

    void keysLabelsAndReadKeysAreCoherent()
    {
        QSet<QString> keys, labels;
        for (const ProjectField& f : ProjectFields::all()) {
            QVERIFY(!f.label.isEmpty());
            QVERIFY(!f.help.isEmpty());
            QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
            QVERIFY2(!labels.contains(f.label), qPrintable(f.label));
            keys.insert(f.key);
            labels.insert(f.label);
            if (!f.readKey.isEmpty())
                QVERIFY2(f.readKey.startsWith(u"project_"_s), qPrintable(f.readKey));
            const bool hasChoices = f.kind == FieldKind::Choice || f.kind == FieldKind::ChoiceSet;
            QCOMPARE(!f.choices.isEmpty(), hasChoices);
        }
    }

    void documentedAsymmetriesAreMapped()
    {
        QCOMPARE(ProjectFields::find(u"scoringSystem"_s)->responseKey, u"scoring_system"_s);
        QCOMPARE(ProjectFields::find(u"scoringSystem"_s)->readKey, u"project_scoring"_s);
        QCOMPARE(ProjectFields::find(u"portfolio_streams"_s)->responseKey, u"streams"_s);
        QCOMPARE(ProjectFields::find(u"portfolio_streams"_s)->readKey, u"project_streams"_s);
        QVERIFY(ProjectFields::find(u"isOnHoldReason"_s)->readKey.isEmpty());
    }

    void everySectionHasFields()
    {
        for (int s = 0; s <= int(ProjectSection::Access); ++s) {
            const auto section = ProjectSection(s);
            QVERIFY(!ProjectFields::inSection(section).isEmpty());
            QVERIFY(!ProjectFields::sectionTitle(section).isEmpty());
        }
    }

    // Labels and rules are translatable sources: without a translator they show as written, and the
    // composed date rules come out whole.
    void labelsAndRulesAreShownAsWritten()
    {
        for (const ProjectField& f : ProjectFields::all()) {
            QVERIFY2(!f.label.isEmpty() && !f.help.isEmpty(), qPrintable(f.key));
            QCOMPARE(f.displayLabel(), f.label);
            QCOMPARE(f.displayHelp(), f.help);
        }
        QCOMPARE(ProjectFields::find(u"endDate"_s)->displayHelp(),
                 u"Chosen as a local calendar date; sent as UTC ISO 8601, e.g. 2021-06-03T23:15:33.008Z. Not "
                 "before the start date."_s);
        QCOMPARE(ProjectFields::find(u"scoringSystem"_s)->choiceLabel(u"CVSSv3.1"_s), u"CVSS v3.1"_s);
        const ProjectField* code = ProjectFields::find(u"vulnerability_code"_s);
        QCOMPARE(code->minLength, 3);
        QCOMPARE(code->maxLength, 8);
        QVERIFY(ProjectFields::find(u"name"_s)->required);
        QCOMPARE(ProjectFields::readKey(u"name"_s), u"project_name"_s);
        QVERIFY(ProjectFields::find(u"isOnHoldReason"_s)->readKey.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldTable)
#include "TestFieldTable.moc"
