# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EventEditorDialog(object):
    def setupUi(self, EventEditorDialog):
        if not EventEditorDialog.objectName():
            EventEditorDialog.setObjectName(u"EventEditorDialog")
        EventEditorDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(EventEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.imported_label = QLabel(EventEditorDialog)
        self.imported_label.setObjectName(u"imported_label")
        self.imported_label.setWordWrap(True)

        self.main_layout.addWidget(self.imported_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title_label = QLabel(EventEditorDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(EventEditorDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.kind_label = QLabel(EventEditorDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(EventEditorDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.status_label = QLabel(EventEditorDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(EventEditorDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.all_day_check = QCheckBox(EventEditorDialog)
        self.all_day_check.setObjectName(u"all_day_check")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.all_day_check)

        self.start_label = QLabel(EventEditorDialog)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.start_edit = QDateTimeEdit(EventEditorDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(u"ddd d MMM yyyy, HH:mm")

        self.start_layout.addWidget(self.start_edit)

        self.start_date_edit = QDateEdit(EventEditorDialog)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setCalendarPopup(True)
        self.start_date_edit.setDisplayFormat(u"ddd d MMM yyyy")

        self.start_layout.addWidget(self.start_date_edit)

        self.start_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_layout.addItem(self.start_spacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.start_layout)

        self.end_label = QLabel(EventEditorDialog)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_layout = QHBoxLayout()
        self.end_layout.setObjectName(u"end_layout")
        self.end_edit = QDateTimeEdit(EventEditorDialog)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(u"ddd d MMM yyyy, HH:mm")

        self.end_layout.addWidget(self.end_edit)

        self.end_date_edit = QDateEdit(EventEditorDialog)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setDisplayFormat(u"ddd d MMM yyyy")

        self.end_layout.addWidget(self.end_date_edit)

        self.end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_layout.addItem(self.end_spacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.end_layout)

        self.place_label = QLabel(EventEditorDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(EventEditorDialog)
        self.place_edit.setObjectName(u"place_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.audience_label = QLabel(EventEditorDialog)
        self.audience_label.setObjectName(u"audience_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_edit = QLineEdit(EventEditorDialog)
        self.audience_edit.setObjectName(u"audience_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.audience_edit)

        self.link_label = QLabel(EventEditorDialog)
        self.link_label.setObjectName(u"link_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.link_label)

        self.link_edit = QLineEdit(EventEditorDialog)
        self.link_edit.setObjectName(u"link_edit")
        self.link_edit.setPlaceholderText(u"https://")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.link_edit)

        self.description_label = QLabel(EventEditorDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(EventEditorDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form)

        self.problem_label = QLabel(EventEditorDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setText(u"")
        self.problem_label.setWordWrap(True)

        self.main_layout.addWidget(self.problem_label)

        self.button_box = QDialogButtonBox(EventEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.status_label.setBuddy(self.status_combo)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.place_label.setBuddy(self.place_edit)
        self.audience_label.setBuddy(self.audience_edit)
        self.link_label.setBuddy(self.link_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.all_day_check)
        QWidget.setTabOrder(self.all_day_check, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.audience_edit)
        QWidget.setTabOrder(self.audience_edit, self.link_edit)
        QWidget.setTabOrder(self.link_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.button_box)

        self.retranslateUi(EventEditorDialog)
        self.button_box.accepted.connect(EventEditorDialog.accept)
        self.button_box.rejected.connect(EventEditorDialog.reject)

        QMetaObject.connectSlotsByName(EventEditorDialog)
    # setupUi

    def retranslateUi(self, EventEditorDialog):
        EventEditorDialog.setWindowTitle(QCoreApplication.translate("EventEditorDialog", u"Event", None))
        self.imported_label.setText(QCoreApplication.translate("EventEditorDialog", u"Imported from the venue's agenda: a new import may change it.", None))
        self.title_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EventEditorDialog", u"As on the venue's programme", None))
        self.kind_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("EventEditorDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Status of the event", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.all_day_check.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"All day, without start or end time", None))
#endif // QT_CONFIG(accessibility)
        self.all_day_check.setText(QCoreApplication.translate("EventEditorDialog", u"&All day (no start or end time)", None))
        self.start_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Start date and time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Ends:", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"End date and time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Last day, included", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.place_edit.setPlaceholderText(QCoreApplication.translate("EventEditorDialog", u"Exhibition room, reading corner, garden\u2026", None))
        self.audience_label.setText(QCoreApplication.translate("EventEditorDialog", u"Aud&ience:", None))
#if QT_CONFIG(accessibility)
        self.audience_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.audience_edit.setPlaceholderText(QCoreApplication.translate("EventEditorDialog", u"Families, children from 6, adults\u2026", None))
        self.link_label.setText(QCoreApplication.translate("EventEditorDialog", u"Li&nk:", None))
#if QT_CONFIG(accessibility)
        self.link_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Link to the event page", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("EventEditorDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("EventEditorDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("EventEditorDialog", u"What the posts can draw on: programme, speakers, booking\u2026", None))
    # retranslateUi

