"""A realistic, deterministic demo venue: a médiathèque and its posts over many weeks."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, tzinfo

from cmt_desktop.domain.post import Post, PostStatus, parse_hashtags
from cmt_desktop.domain.strategy import (
    Account,
    Audience,
    Content,
    Contributor,
    ModerationSlot,
    NetworkPlan,
    Objective,
    ObjectiveKind,
    Pillar,
    Register,
    SavedAnswer,
    Series,
    Skill,
    StrategyDraft,
    VenueKind,
)

VENUE_NAME = "Médiathèque Louise-Michel"
VENUE_TOWN = "Saint-Aubin-sur-Loire"
POSTS_PER_WEEK = 12

# network key -> share of the posts
NETWORKS = {"instagram": 4, "facebook": 4, "bluesky": 2, "youtube": 1, "newsletter": 1}
PILLARS = ("Coups de cœur", "Coulisses", "Agenda", "Patrimoine", "Participation")
OBJECTIVES = (
    "Faire venir de nouveaux publics",
    "Fidéliser les usagers",
    "Informer",
    "Transmettre (médiation)",
    "Faire participer",
)
AUDIENCES = ("Familles", "Ados", "Étudiants", "Seniors", "Tous publics")
TEMPLATES = (
    (
        "Coup de cœur de la semaine : {book}",
        "📚 Notre bibliothécaire a dévoré « {book} ». Un roman qui parle d'amitié, de mer et "
        "d'été ; à emprunter dès samedi à l'espace adultes.",
        "#CoupDeCoeur #MediathequeLouiseMichel",
    ),
    (
        "Les coulisses du jour de fermeture",
        "Mardi, portes closes… mais on s'active ! Équipement des nouveautés, réparation des "
        "albums abîmés, et préparation de l'exposition « Loire & mémoire ». 🔧",
        "#JourDeFermeture #Coulisses",
    ),
    (
        "Atelier numérique : {topic}",
        "Samedi 10 h, atelier gratuit « {topic} » ; places limitées, réservation à l'accueil ou "
        "au 02 40 00 00 00. Venez avec vos questions !",
        "#AtelierNumerique #SaintAubin",
    ),
    (
        "Archives : la Loire en 1910",
        "Dans nos fonds patrimoniaux, cette carte postale de la crue de 1910 ; reconnaissez-vous "
        "le quai ? Racontez-nous vos souvenirs en commentaire 💬",
        "#Patrimoine #ArchivesLocales",
    ),
    (
        "Question du mois : votre lecture de l'été ?",
        "On prépare la table « Lectures d'été » : quel livre nous conseillez-vous, et pourquoi ? "
        "Les dix plus cités seront mis en avant en juillet. ☀️",
        "#VosConseils #LecturesDEte",
    ),
    (
        "Heure du conte : {theme}",
        "Mercredi 16 h, les bibliothécaires racontent « {theme} » aux 4-7 ans, accompagnés d'un "
        "adulte. Entrée libre, coussins fournis !",
        "#HeureDuConte #Familles",
    ),
)
BOOKS = (
    "La Vie devant soi",
    "Les Années",
    "Chanson douce",
    "Le Consentement des vagues",
    "L'Anomalie",
    "Veiller sur elle",
    "Jacaranda",
    "Houris",
)
TOPICS = (
    "Protéger sa vie privée",
    "Premiers pas sur tablette",
    "Retoucher ses photos",
    "Démarches en ligne",
)
THEMES = ("Les animaux de la forêt", "Contes d'hiver", "Voyage sur la Loire", "Pirates & sirènes")
SLOTS = (time(9, 30), time(12, 15), time(17, 45), time(18, 30), time(19, 0), time(20, 15))


def demo_posts(*, count: int, seed: int, today: date, tz: tzinfo) -> list[Post]:
    """``count`` posts around ``today``: 40 % in past weeks, the rest ahead, a few undated.

    The same ``seed`` and ``today`` always give the same posts, UIDs included.
    """
    rng = random.Random(seed)
    weeks = max(12, -(-count // POSTS_PER_WEEK))
    first_monday = today - timedelta(days=today.weekday(), weeks=int(weeks * 0.4))
    networks = [key for key, weight in NETWORKS.items() for _ in range(weight)]
    posts = []
    for index in range(count):
        title, body, tags = rng.choice(TEMPLATES)
        fill = {"book": rng.choice(BOOKS), "topic": rng.choice(TOPICS), "theme": rng.choice(THEMES)}
        day = first_monday + timedelta(days=rng.randrange(weeks * 7))
        undated = rng.random() < 0.04
        start = None if undated else datetime.combine(day, rng.choice(SLOTS), tzinfo=tz)
        media = rng.random() < 0.7
        status = _status(rng, day, today, undated)
        published = start if status is PostStatus.PUBLISHED else None
        posts.append(
            Post(
                uid=f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@demo.cmt-desktop.app",
                network=rng.choice(networks),
                title=title.format(**fill),
                start=start,
                status=status,
                published_at=published,
                body=body.format(**fill),
                hashtags=parse_hashtags(tags),
                media_notes="Photo verticale, lumière naturelle" if media else "",
                alt_text="Rayonnages de la médiathèque, livres colorés au premier plan"
                if media and rng.random() < 0.8
                else "",
                pillar=rng.choice(PILLARS),
                objective=rng.choice(OBJECTIVES),
                audience=rng.choice(AUDIENCES),
                rights_image=media,
                rights_consent=media and rng.random() < 0.5,
                rights_credits=media,
                notes="Relire avec Camille (accueil)" if index % 9 == 0 else "",
            )
        )
    return posts


def _status(rng: random.Random, day: date, today: date, undated: bool) -> PostStatus:
    if undated:
        return PostStatus.IDEA
    if day < today:
        return rng.choices(
            [PostStatus.PUBLISHED, PostStatus.SKIPPED, PostStatus.READY], weights=[85, 10, 5]
        )[0]
    if day - today < timedelta(days=7):
        return rng.choice([PostStatus.READY, PostStatus.DRAFT])
    return rng.choices([PostStatus.DRAFT, PostStatus.IDEA, PostStatus.READY], weights=[50, 35, 15])[
        0
    ]


def demo_strategy(*, today: date) -> StrategyDraft:
    """The demo médiathèque's complete strategy, coherent and within its time budget."""
    return StrategyDraft(
        venue_name=VENUE_NAME,
        venue_kind=VenueKind.LIBRARY,
        town=VENUE_TOWN,
        missions="Donner à lire à tous les quartiers, accueillir les familles, "
        "accompagner les usages numériques, faire connaître le fonds local sur la Loire.",
        closing_days=(0,),
        opening_hours="du mardi au samedi, 10 h – 18 h (mercredi jusqu'à 19 h)",
        accounts=(
            Account("facebook", "@mediathequelouisemichel", True),
            Account("instagram", "@mediatheque.lm", True),
            Account("x", "@MediathequeLM", False),
        ),
        objectives=(
            Objective(
                "o1",
                ObjectiveKind.ATTRACT,
                "Toucher les 15-25 ans du territoire",
                "40 nouvelles inscriptions de 15-25 ans d'ici juin",
            ),
            Objective(
                "o2",
                ObjectiveKind.LOYALTY,
                "Faire revenir les familles aux animations",
                "Heure du conte complète 3 fois sur 4",
            ),
            Objective(
                "o3",
                ObjectiveKind.MEDIATE,
                "Valoriser le fonds patrimonial",
                "1 000 vues par mois sur les publications patrimoine",
            ),
        ),
        audiences=(
            Audience(
                "a1",
                "Ados et étudiants",
                "Des idées de lecture, des ateliers numériques, un ton direct",
            ),
            Audience("a2", "Familles", "Connaître à l'avance les animations du mercredi"),
            Audience("a3", "Seniors", "Les horaires, l'accompagnement numérique, le patrimoine"),
        ),
        key_messages=(
            "La médiathèque est à tous, gratuite et ouverte.",
            "On y apprend, on s'y retrouve, on y participe.",
        ),
        content=frozenset({Content.PHOTOS, Content.TEXT}),
        skills=frozenset({Skill.PHOTO, Skill.WRITING}),
        hours_per_week=6.0,
        networks=(
            NetworkPlan(
                "instagram",
                "Les 15-25 ans y sont chaque jour ; nos coulisses s'y montrent en images.",
                "o1",
                ("a1",),
                2,
                (1, 4),
                "18:30",
                40,
            ),
            NetworkPlan(
                "facebook",
                "Les familles et les seniors du territoire s'y informent.",
                "o2",
                ("a2", "a3"),
                2,
                (2, 5),
                "12:15",
                25,
            ),
            NetworkPlan(
                "newsletter",
                "Notre propre canal, sans algorithme, pour le patrimoine.",
                "o3",
                ("a3",),
                0.5,
                (3,),
                "10:00",
                90,
            ),
        ),
        register=Register.INFORMAL,
        pillars=(
            Pillar("Coups de cœur", 30),
            Pillar("Coulisses", 20),
            Pillar("Agenda", 25),
            Pillar("Patrimoine", 15),
            Pillar("Participation", 10),
        ),
        series=(
            Series("Coulisses du lundi", "#JourDeFermeture", 0, "instagram", "11:00", "Coulisses"),
            Series(
                "Le coup de cœur du vendredi",
                "#CoupDeCoeurLM",
                4,
                "facebook",
                "17:00",
                "Coups de cœur",
            ),
        ),
        events_per_month=2,
        contributors=(
            Contributor("Camille", "Accueil", "Photos des animations, relecture"),
            Contributor("Yanis", "Secteur jeunesse", "Coups de cœur albums"),
        ),
        reply_within_hours=24,
        moderation_slots=(ModerationSlot(1, "16:30", 20), ModerationSlot(4, "16:30", 20)),
        saved_answers=(
            SavedAnswer(
                "Horaires",
                "Bonjour ! Nous sommes ouverts du mardi au samedi de 10 h "
                "à 18 h, le mercredi jusqu'à 19 h. À bientôt !",
            ),
            SavedAnswer(
                "Inscription",
                "Bonjour ! L'inscription est gratuite, à l'accueil, avec une pièce d'identité.",
            ),
            SavedAnswer(
                "Accessibilité",
                "Bonjour ! Tout le bâtiment est de plain-pied ; dites-"
                "nous ce dont vous avez besoin et nous préparons votre venue.",
            ),
            SavedAnswer(
                "Réservation",
                "Bonjour ! Les ateliers se réservent à l'accueil ou au "
                "02 40 00 00 00, dans la limite des places.",
            ),
        ),
        plan_weeks=12,
        review_date=today + timedelta(days=182),
    )
