# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_calendar_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamCalendarDialog(object):
    def setupUi(self, TeamCalendarDialog):
        if not TeamCalendarDialog.objectName():
            TeamCalendarDialog.setObjectName(u"TeamCalendarDialog")
        self.main_layout = QVBoxLayout(TeamCalendarDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(TeamCalendarDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.server_label = QLabel(TeamCalendarDialog)
        self.server_label.setObjectName(u"server_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server_edit = QLineEdit(TeamCalendarDialog)
        self.server_edit.setObjectName(u"server_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_edit)

        self.user_label = QLabel(TeamCalendarDialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(TeamCalendarDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(TeamCalendarDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(TeamCalendarDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(TeamCalendarDialog)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.trust_button = QPushButton(TeamCalendarDialog)
        self.trust_button.setObjectName(u"trust_button")

        self.test_layout.addWidget(self.trust_button)

        self.test_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_layout.addItem(self.test_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.test_layout)

        self.result_label = QLabel(TeamCalendarDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.result_label)

        self.calendar_label = QLabel(TeamCalendarDialog)
        self.calendar_label.setObjectName(u"calendar_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.calendar_label)

        self.calendar_layout = QHBoxLayout()
        self.calendar_layout.setObjectName(u"calendar_layout")
        self.calendar_combo = QComboBox(TeamCalendarDialog)
        self.calendar_combo.setObjectName(u"calendar_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.calendar_combo.sizePolicy().hasHeightForWidth())
        self.calendar_combo.setSizePolicy(sizePolicy)

        self.calendar_layout.addWidget(self.calendar_combo)

        self.create_button = QPushButton(TeamCalendarDialog)
        self.create_button.setObjectName(u"create_button")

        self.calendar_layout.addWidget(self.create_button)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.calendar_layout)

        self.programme_label = QLabel(TeamCalendarDialog)
        self.programme_label.setObjectName(u"programme_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme_combo = QComboBox(TeamCalendarDialog)
        self.programme_combo.setObjectName(u"programme_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.programme_combo)

        self.moderation_check = QCheckBox(TeamCalendarDialog)
        self.moderation_check.setObjectName(u"moderation_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.moderation_check)

        self.events_check = QCheckBox(TeamCalendarDialog)
        self.events_check.setObjectName(u"events_check")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.events_check)


        self.main_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(TeamCalendarDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.server_label.setBuddy(self.server_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.calendar_label.setBuddy(self.calendar_combo)
        self.programme_label.setBuddy(self.programme_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.server_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.test_button)
        QWidget.setTabOrder(self.test_button, self.trust_button)
        QWidget.setTabOrder(self.trust_button, self.calendar_combo)
        QWidget.setTabOrder(self.calendar_combo, self.create_button)
        QWidget.setTabOrder(self.create_button, self.programme_combo)
        QWidget.setTabOrder(self.programme_combo, self.moderation_check)
        QWidget.setTabOrder(self.moderation_check, self.events_check)

        self.retranslateUi(TeamCalendarDialog)
        self.button_box.rejected.connect(TeamCalendarDialog.reject)

        QMetaObject.connectSlotsByName(TeamCalendarDialog)
    # setupUi

    def retranslateUi(self, TeamCalendarDialog):
        TeamCalendarDialog.setWindowTitle(QCoreApplication.translate("TeamCalendarDialog", u"Team calendar", None))
#if QT_CONFIG(accessibility)
        TeamCalendarDialog.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Team calendar settings", None))
#endif // QT_CONFIG(accessibility)
        self.intro_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"Share the plan through your team's calendar server (Nextcloud or any CalDAV server): colleagues see it in their own calendar, and their changes come back here. Nothing connects until you set this up; the app keeps working offline.", None))
        self.server_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"Server &address:", None))
#if QT_CONFIG(accessibility)
        self.server_edit.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.server_edit.setPlaceholderText(QCoreApplication.translate("TeamCalendarDialog", u"https://cloud.example.org/remote.php/dav", None))
        self.user_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.password_edit.setPlaceholderText(QCoreApplication.translate("TeamCalendarDialog", u"kept in the computer's password store", None))
        self.test_button.setText(QCoreApplication.translate("TeamCalendarDialog", u"&Test the connection", None))
        self.trust_button.setText(QCoreApplication.translate("TeamCalendarDialog", u"T&rust this certificate\u2026", None))
#if QT_CONFIG(accessibility)
        self.result_label.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Result of the connection test", None))
#endif // QT_CONFIG(accessibility)
        self.calendar_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"&Calendar to share:", None))
#if QT_CONFIG(accessibility)
        self.calendar_combo.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Calendar to share the plan through", None))
#endif // QT_CONFIG(accessibility)
        self.create_button.setText(QCoreApplication.translate("TeamCalendarDialog", u"&New calendar\u2026", None))
        self.programme_label.setText(QCoreApplication.translate("TeamCalendarDialog", u"The venue's a&genda:", None))
#if QT_CONFIG(accessibility)
        self.programme_combo.setAccessibleName(QCoreApplication.translate("TeamCalendarDialog", u"Calendar holding the venue's programme", None))
#endif // QT_CONFIG(accessibility)
        self.moderation_check.setText(QCoreApplication.translate("TeamCalendarDialog", u"Also share the &moderation times", None))
        self.events_check.setText(QCoreApplication.translate("TeamCalendarDialog", u"Also share the venue's &events", None))
    # retranslateUi

