package io.riskwise.centre.boundary;

import com.github.benmanes.caffeine.cache.Weigher;
import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import io.riskwise.centre.control.RagRules;
import io.riskwise.platform.audit.CentreChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.FactoryBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each group's progress report for a short while ({@code riskwise.progress.cache-seconds}, 30
 * by default; 0 turns it off), so that many people opening the dashboard of a 1,000-apprentice
 * cohort share one computation; the pages say how old the figures are. The reports live in a JCache
 * (JSR 107) cache, which expires them by age and evicts by the apprentices they hold ({@link
 * #MOST_ROWS}): Caffeine's provider, in this process; each node of a cluster keeps its own
 * (Payara's Hazelcast provider would share one, but it closes the calling request's EntityManager
 * after each operation).
 *
 * <p>A change that moves progress ({@link CentreChanged}) gives the centre a new stamp in the
 * database ({@code centre.progress_stamp}), in the change's own transaction, so every node sees it
 * once the change is committed; reports are kept under the stamp that was current when their
 * computation began, so from then on nobody on any node reads a report worked out before the
 * change, even one still being computed when the change was committed. Only activity dates (a
 * lesson opened, a draft saved) may lag by the cache time. Many requests for the same report at
 * once wait for one computation.
 *
 * <p>{@code riskwise.progress.cache-centres}, when set, is a regular expression of the centre codes
 * whose reports are kept; the others are worked out at every request (the integration tests keep
 * the cache on for their own centres only).
 */
@ApplicationScoped
public class ProgressCache {
  static final String PROVIDER = "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider";
  static final String REPORTS = "riskwise-progress-reports";

  /**
   * At most this many apprentices' rows in all the kept reports together, whatever their number:
   * ten reports of a 5,000-apprentice centre, or a thousand of a 50-apprentice cohort.
   */
  static final long MOST_ROWS = 50_000;

  @Inject
  @ConfigProperty(name = "riskwise.progress.cache-seconds", defaultValue = "30")
  int seconds;

  @Inject
  @ConfigProperty(name = "riskwise.progress.cache-centres")
  Optional<String> centres;

  CacheManager manager;

  long mostRows = MOST_ROWS;

  Clock clock = Clock.systemUTC();

  private Pattern kept = Pattern.compile(".*");
  private Cache<Stamped, Progress.Report> reports;

  @PersistenceContext EntityManager em;

  /** The computations under way, each shared by every request for its report meanwhile. */
  final ConcurrentMap<Stamped, CompletableFuture<Progress.Report>> computing =
      new ConcurrentHashMap<>();

  /** Whose report: a centre, optionally one cohort, optionally one assessor's caseload. */
  record Key(long centreId, Long cohortId, Long assessorId, RagRules rules)
      implements Serializable {}

  /** A report's key and the centre's stamp when its computation began. */
  record Stamped(Key key, long stamp) implements Serializable {}

  /** A report weighs one for itself and one for each apprentice in it. */
  public static class ByRows implements Weigher<Stamped, Progress.Report>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int weigh(Stamped key, Progress.Report report) {
      return 1 + report.apprentices().size();
    }
  }

  @PostConstruct
  void open() {
    if (seconds <= 0) {
      return;
    }
    centres.ifPresent(codes -> kept = Pattern.compile(codes));
    ClassLoader loader = ProgressCache.class.getClassLoader();
    manager = Caching.getCachingProvider(PROVIDER, loader).getCacheManager(uri(), loader);
    CaffeineConfiguration<Stamped, Progress.Report> byAgeAndSize = new CaffeineConfiguration<>();
    byAgeAndSize.setStoreByValue(false);
    byAgeAndSize.setExpireAfterWrite(OptionalLong.of(TimeUnit.SECONDS.toNanos(seconds)));
    byAgeAndSize.setMaximumWeight(OptionalLong.of(mostRows));
    byAgeAndSize.setWeigherFactory(Optional.of(FactoryBuilder.factoryOf(ByRows.class)));
    reports = cache(REPORTS, byAgeAndSize);
  }

  /** A cache manager of this application's own (each test has its own too). */
  URI uri() {
    return URI.create("riskwise-progress");
  }

  @PreDestroy
  void close() {
    if (manager != null) {
      manager.close();
    }
  }

  private <K, V> Cache<K, V> cache(String name, CaffeineConfiguration<K, V> configuration) {
    Cache<K, V> cache = manager.getCache(name);
    if (cache != null) {
      return cache;
    }
    try {
      return manager.createCache(name, configuration);
    } catch (CacheException createdMeanwhile) {
      return manager.getCache(name);
    }
  }

  /** The report kept for the key, or the one being worked out, or a new one. */
  Progress.Report get(Key key, String centreCode, Supplier<Progress.Report> compute) {
    if (!keeps(centreCode)) {
      return compute.get();
    }
    Stamped stamped = new Stamped(key, stamp(key.centreId()));
    Progress.Report kept = reports.get(stamped);
    if (kept != null && kept.computedAt().plusSeconds(seconds).isAfter(clock.instant())) {
      return kept;
    }
    CompletableFuture<Progress.Report> mine = new CompletableFuture<>();
    CompletableFuture<Progress.Report> running = computing.putIfAbsent(stamped, mine);
    if (running != null) {
      return joined(running);
    }
    try {
      Progress.Report fresh = compute.get();
      reports.put(stamped, fresh);
      mine.complete(fresh);
      return fresh;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(stamped, mine);
    }
  }

  /**
   * Something that changes progress is being written at a centre: the centre's stamp moves on in
   * the same transaction, so every node sees the new stamp exactly when the change is committed.
   */
  void changed(@Observes CentreChanged change) {
    forget(change.centreId());
  }

  void forget(long centreId) {
    if (reports != null) {
      em.createNativeQuery("update centre set progress_stamp = progress_stamp + 1 where id = ?1")
          .setParameter(1, centreId)
          .executeUpdate();
    }
  }

  private boolean keeps(String centreCode) {
    return reports != null && kept.matcher(centreCode).matches();
  }

  /** The centre's stamp, as committed: the same on every node. */
  long stamp(long centreId) {
    List<?> stamp =
        em.createNativeQuery("select progress_stamp from centre where id = ?1")
            .setParameter(1, centreId)
            .getResultList();
    return stamp.isEmpty() ? 0 : ((Number) stamp.get(0)).longValue();
  }

  private static Progress.Report joined(CompletableFuture<Progress.Report> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
