"""A realistic, deterministic demo venue: a médiathèque and its posts over many weeks."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, tzinfo

from cmt_desktop.domain.post import Post, PostStatus, parse_hashtags

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
