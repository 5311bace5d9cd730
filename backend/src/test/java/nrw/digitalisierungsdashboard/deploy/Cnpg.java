package nrw.digitalisierungsdashboard.deploy;

import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.List;
import java.util.Map;

/**
 * The part of the CloudNativePG API (postgresql.cnpg.io/v1) and its Barman Cloud plugin
 * (barmancloud.cnpg.io/v1) that deploy/kubernetes uses, as typed records: fabric8 knows no CRDs, so
 * these are read strictly against this subset. Field names and enum values are those of the CRDs of
 * CloudNativePG 1.30 and plugin-barman-cloud 0.14; a field the subset lacks fails the test until it
 * is added here (after checking it in the CRD).
 */
final class Cnpg {

    private Cnpg() {}

    record Metadata(String name, String namespace, Map<String, String> labels) {}

    record LocalObjectReference(String name) {}

    record SecretKeySelector(String name, String key) {}

    // --- Cluster -----------------------------------------------------------------------------------

    record Cluster(String apiVersion, String kind, Metadata metadata, ClusterSpec spec) {}

    record ClusterSpec(
            Integer instances,
            String imageName,
            Postgresql postgresql,
            Bootstrap bootstrap,
            Boolean enableSuperuserAccess,
            Storage storage,
            ResourceRequirements resources,
            Affinity affinity,
            List<Plugin> plugins) {}

    record Postgresql(Synchronous synchronous, Map<String, String> parameters) {}

    record Synchronous(SyncMethod method, Integer number, DataDurability dataDurability) {}

    enum SyncMethod {
        any,
        first
    }

    enum DataDurability {
        required,
        preferred
    }

    record Bootstrap(Initdb initdb) {}

    record Initdb(String database, String owner, LocalObjectReference secret) {}

    record Storage(String size, String storageClass) {}

    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, PodAntiAffinityType podAntiAffinityType) {}

    enum PodAntiAffinityType {
        preferred,
        required
    }

    record Plugin(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {}

    // --- ScheduledBackup ---------------------------------------------------------------------------

    record ScheduledBackup(String apiVersion, String kind, Metadata metadata, ScheduledBackupSpec spec) {}

    record ScheduledBackupSpec(
            String schedule,
            Boolean immediate,
            Boolean suspend,
            BackupOwnerReference backupOwnerReference,
            LocalObjectReference cluster,
            BackupMethod method,
            PluginConfiguration pluginConfiguration) {}

    enum BackupOwnerReference {
        none,
        self,
        cluster
    }

    enum BackupMethod {
        barmanObjectStore,
        volumeSnapshot,
        plugin
    }

    record PluginConfiguration(String name, Map<String, String> parameters) {}

    // --- ObjectStore (Barman Cloud plugin) ---------------------------------------------------------

    record ObjectStore(String apiVersion, String kind, Metadata metadata, ObjectStoreSpec spec) {}

    record ObjectStoreSpec(String retentionPolicy, BarmanConfiguration configuration) {}

    record BarmanConfiguration(
            String destinationPath,
            String endpointURL,
            S3Credentials s3Credentials,
            DataOptions wal,
            DataOptions data) {}

    record S3Credentials(
            SecretKeySelector accessKeyId,
            SecretKeySelector secretAccessKey,
            SecretKeySelector region,
            SecretKeySelector sessionToken,
            Boolean inheritFromIAMRole) {}

    record DataOptions(String compression, Integer maxParallel) {}
}
